package org.gcm.fund.service.contributions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Contact;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.repository.ContributorRepository;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.contributions.ContributorCommands.NewContributor;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.reference.OrganisationType;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.gcm.refusals.StateConflict;
import org.jboss.logging.Logger;

/** Registers contributors and finds them, within what the caller may see. */
@ApplicationScoped
public class ContributorService {

    private static final Logger LOG = Logger.getLogger(ContributorService.class);

    /** IATI organisation types that act for a country: the country is then required. */
    static final Set<String> PUBLIC_SECTOR = Set.of("10", "11", "15");

    /** What a country field must be, wherever the fund takes one. */
    static final String NOT_A_COUNTRY = "must be an ISO 3166-1 alpha-3 country code such as KEN";

    private final ContributorRepository contributors;
    private final ReferenceData reference;
    private final FundAccess access;

    ContributorService(ContributorRepository contributors, ReferenceData reference, FundAccess access) {
        this.contributors = contributors;
        this.reference = reference;
        this.access = access;
    }

    @Transactional
    public Contributor register(NewContributor body, boolean demo) {
        InvalidInput.check()
                .require(reference.isOrganisationType(body.organisationType()), "organisationType", "iati-organisation-type",
                        "must be an IATI organisation type code: " + reference.organisationTypes().stream()
                                .map(OrganisationType::code).sorted().toList())
                .require(body.country() == null || reference.isCountry(body.country()), "country", "iso-3166-alpha-3",
                        NOT_A_COUNTRY)
                .require(body.country() != null || !PUBLIC_SECTOR.contains(body.organisationType()), "country",
                        "required-for-public-sector", "is required for a government or other public-sector contributor")
                .orRefuse();
        String id = body.id() != null ? body.id()
                : "CTR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        if (contributors.findById(id) != null) {
            throw new StateConflict(StateConflict.ALREADY_EXISTS, "Contributor " + id + " already exists.");
        }
        Contributor contributor = new Contributor();
        contributor.id = id;
        contributor.name = body.name().strip();
        contributor.organisationType = body.organisationType();
        contributor.country = body.country();
        contributor.contacts = body.contacts() == null ? List.of()
                : body.contacts().stream().map(c -> new Contact(c.name(), c.email(), c.role())).toList();
        contributor.demo = demo;
        contributor.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        contributors.persist(contributor);
        LOG.infof("Contributor %s registered (IATI type %s)", id, contributor.organisationType);
        return contributor;
    }

    /** The contributor, if it exists and the caller may see it; else not found. */
    public Contributor get(String id) {
        access.requireContributor(id, "contributor", id);
        Contributor contributor = contributors.findById(id);
        if (contributor == null) {
            throw NotFound.of("contributor", id);
        }
        return contributor;
    }

    /** Every contributor for the fund's managers and committee; a donor's own only. */
    public Page<Contributor> list(Paging paging) {
        return contributors.page(access.contributorScope(), paging);
    }

    /** The name of an IATI organisation type code, as the contributor's answer shows it. */
    public String organisationTypeName(String code) {
        return reference.organisationType(code).map(OrganisationType::name).orElse(null);
    }
}
