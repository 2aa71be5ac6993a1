package org.gcm.fund.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.contributions.ContributionCommands.Commitment;
import org.gcm.fund.service.contributions.ContributionCommands.EarmarkingJson;
import org.gcm.fund.service.contributions.ContributionCommands.NewContribution;
import org.gcm.fund.service.contributions.ContributionCommands.NewDeposit;
import org.gcm.fund.service.contributions.ContributionService;
import org.gcm.fund.service.contributions.ContributorCommands.NewContributor;
import org.gcm.fund.service.contributions.ContributorService;
import org.gcm.fund.service.contributions.Deposits;
import org.gcm.paging.Paging;
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
    private static final Paging ANY = new Paging(1, 0);

    record DemoContribution(String contributorId, MoneyJson amount, EarmarkingJson earmarking, LocalDate pledgedOn,
            String agreementReference, LocalDate signedOn, List<NewDeposit> deposits) {
    }

    record Demo(List<NewContributor> contributors, List<DemoContribution> contributions) {
    }

    private final FundConfig config;
    private final ObjectMapper json;
    private final FundAccess access;
    private final ContributorService contributors;
    private final ContributionService contributions;
    private final Deposits deposits;

    DemoData(FundConfig config, ObjectMapper json, FundAccess access, ContributorService contributors,
            ContributionService contributions, Deposits deposits) {
        this.config = config;
        this.json = json;
        this.access = access;
        this.contributors = contributors;
        this.contributions = contributions;
        this.deposits = deposits;
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.demoData().enabled()) {
            return;
        }
        // The services read the caller from the request context, which start-up work has to open itself.
        Arc.container().requestContext().activate();
        try {
            access.actAsSystem();
            load();
        } finally {
            Arc.container().requestContext().terminate();
        }
    }

    void load() {
        if (contributors.list(ANY).total() > 0 || contributions.list(null, null, ANY).total() > 0) {
            LOG.info("Demo data not loaded: contributors or contributions exist already");
            return;
        }
        Demo demo;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/fund-demo.json")) {
            demo = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Demo.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo/fund-demo.json", e);
        }
        demo.contributors().forEach(c -> contributors.register(c, true));
        for (DemoContribution c : demo.contributions()) {
            Contribution pledged = contributions.pledge(new NewContribution(c.contributorId(), c.amount(), c.earmarking(),
                    c.pledgedOn()), true);
            if (c.agreementReference() != null) {
                contributions.commit(pledged.id, null, new Commitment(c.agreementReference(), c.signedOn()));
            }
            if (c.deposits() != null) {
                c.deposits().forEach(d -> deposits.record(pledged.id, d));
            }
        }
        LOG.infof("Demo data loaded: %d contributors, %d contributions", demo.contributors().size(),
                demo.contributions().size());
    }
}
