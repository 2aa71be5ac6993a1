package org.gcm.fund.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.rest.ContributionRequests.Commitment;
import org.gcm.fund.rest.ContributionRequests.NewContribution;
import org.gcm.fund.rest.ContributionRequests.NewDeposit;
import org.gcm.fund.rest.ContributorRequests.NewContributor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;

/**
 * With {@code fund.demo-data.enabled=true}, loads {@code demo/fund-demo.json} at start-up, through the service layer
 * and only into empty tables: contributors (among them CTR-DEMO-001, the contributor of the Keycloak client
 * donor-portal-demo and the user donor-user) and their contributions, all marked as demo data.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    record DemoContribution(String contributorId, org.gcm.fund.rest.MoneyJson amount,
            org.gcm.fund.rest.ContributionRequests.EarmarkingJson earmarking, LocalDate pledgedOn, String agreementReference,
            LocalDate signedOn, List<NewDeposit> deposits) {
    }

    record Demo(List<NewContributor> contributors, List<DemoContribution> contributions) {
    }

    @Inject
    FundConfig config;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent start) {
        if (!config.demoData().enabled()) {
            return;
        }
        Arc.container().requestContext().activate();
        try {
            load();
        } finally {
            Arc.container().requestContext().terminate();
        }
    }

    void load() {
        if (Contributor.count() > 0 || Contribution.count() > 0) {
            LOG.info("Demo data not loaded: contributors or contributions exist already");
            return;
        }
        Demo demo;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/fund-demo.json")) {
            demo = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Demo.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo/fund-demo.json", e);
        }
        Access access = Arc.container().instance(Access.class).get();
        access.actAsSystem();
        ContributorService contributors = Arc.container().instance(ContributorService.class).get();
        ContributionService contributions = Arc.container().instance(ContributionService.class).get();
        demo.contributors().forEach(c -> contributors.register(c, true));
        for (DemoContribution c : demo.contributions()) {
            Contribution pledged = contributions.pledge(new NewContribution(c.contributorId(), c.amount(), c.earmarking(),
                    c.pledgedOn()), true);
            if (c.agreementReference() != null) {
                contributions.commit(pledged.id, null, new Commitment(c.agreementReference(), c.signedOn()));
            }
            if (c.deposits() != null) {
                c.deposits().forEach(d -> contributions.deposit(pledged.id, d));
            }
        }
        LOG.infof("Demo data loaded: %d contributors, %d contributions", demo.contributors().size(),
                demo.contributions().size());
    }
}
