package org.gcm.hub.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.gcm.caller.Caller;
import org.gcm.caller.Roles;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.Forbidden;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * The partner registry: the secretariat manages every entry; a partner keeps its own profile and capacity current
 * and nobody else's.
 */
@ApplicationScoped
public class PartnerService {

    private static final Logger LOG = Logger.getLogger(PartnerService.class);

    private final PartnerRepository partners;
    private final ReferenceData reference;
    private final Caller caller;
    private final Event<PartnerChanged> changed;

    public PartnerService(PartnerRepository partners, ReferenceData reference, Caller caller,
            Event<PartnerChanged> changed) {
        this.partners = partners;
        this.reference = reference;
        this.caller = caller;
        this.changed = changed;
    }

    /** The secretariat registers an organisation; verified at once if it checked it already. */
    @Transactional
    public Partner register(NewPartnerInput input) {
        return create(input.id(), input.profile(), Boolean.TRUE.equals(input.verified()), false);
    }

    /**
     * An entry of the demo registry, marked demo, with its illustrative engagement counts: only for a local stack's
     * demo data (hub.demo-data.enabled), never from the API.
     */
    @Transactional
    public Partner registerDemo(String id, PartnerInput profile, boolean verified, int activeEngagements,
            int completedEngagements) {
        Partner partner = create(id, profile, verified, true);
        partner.activeEngagements = activeEngagements;
        partner.completedEngagements = completedEngagements;
        return partner;
    }

    /** Whether the registry has no entry at all: the demo registry loads only into an empty one. */
    public boolean registryIsEmpty() {
        return partners.count() == 0;
    }

    @Transactional
    public Partner update(String id, String ifMatch, PartnerInput profile) {
        Partner partner = mayChange(id);
        EntityTags.requireMatch(ifMatch, partner.version, "partner " + id);
        check(profile);
        fill(partner, profile);
        changed.fire(new PartnerChanged(id));
        return partner;
    }

    /** Only verified partners are proposed engagements and matched by default; suspended ones never. */
    @Transactional
    public Partner verify(String id, String ifMatch, Verification verification) {
        Partner partner = get(id);
        EntityTags.requireMatch(ifMatch, partner.version, "partner " + id);
        Verification from = partner.verification;
        partner.verification = verification;
        partner.updatedAt = now();
        changed.fire(new PartnerChanged(id));
        LOG.infof("Partner %s %s -> %s", id, from, verification);
        return partner;
    }

    public Partner get(String id) {
        Partner partner = partners.findById(id);
        if (partner == null) {
            throw NotFound.of("partner", id);
        }
        return partner;
    }

    public Page<Partner> list(Integer objective, String country, Verification verification, Boolean unEntity,
            Paging paging) {
        return partners.list(new PartnerRepository.Filter(objective, country, verification, unEntity), paging);
    }

    private Partner create(String id, PartnerInput profile, boolean verified, boolean demo) {
        check(profile);
        if (partners.findById(id) != null) {
            throw new StateConflict("Partner " + id + " is already in the registry.");
        }
        Partner partner = new Partner();
        partner.id = id;
        partner.verification = verified ? Verification.VERIFIED : Verification.UNVERIFIED;
        partner.demo = demo;
        partner.createdAt = now();
        fill(partner, profile);
        partners.persist(partner);
        changed.fire(new PartnerChanged(id));
        LOG.infof("Partner %s registered (%s)", id, partner.verification);
        return partner;
    }

    /** The secretariat may change any entry, a partner only its own (403: the registry is readable to it). */
    private Partner mayChange(String id) {
        Partner partner = get(id);
        if (!caller.hasRole(Roles.SECRETARIAT) && !caller.partnerId().map(id::equals).orElse(false)) {
            throw new Forbidden("A partner keeps its own profile only; " + id + " is not yours.");
        }
        return partner;
    }

    private void check(PartnerInput profile) {
        InvalidInput.Checks checks = InvalidInput.check()
                .require(reference.isOrganisationType(String.valueOf(profile.organisationType())), "organisationType",
                        "iati-organisation-type",
                        "must be an IATI organisation type code (10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70-73, 80, 90)");
        for (int i = 0; i < profile.countries().size(); i++) {
            checks.require(reference.isCountry(profile.countries().get(i)), "countries[" + i + "]", "iso-3166-alpha-3",
                    "must be an existing ISO 3166-1 alpha-3 code");
        }
        HashSet<Integer> objectives = new HashSet<>();
        profile.expertise().forEach(e -> objectives.add(e.objective()));
        checks.require(objectives.size() == profile.expertise().size(), "expertise", "unique",
                "must name each objective once");
        RequestRules.languages("languages", profile.languages(), checks);
        checks.orRefuse();
    }

    private static void fill(Partner partner, PartnerInput profile) {
        partner.name = profile.name().strip();
        partner.acronym = profile.acronym();
        partner.unEntity = profile.unEntity();
        partner.organisationType = profile.organisationType();
        partner.expertise = profile.expertise().stream().map(PartnerInput.ExpertiseInput::toDomain).toList();
        partner.countries = profile.countries().stream().distinct().sorted().toList();
        partner.languages = profile.languages().stream().distinct().toList();
        partner.capacity = profile.capacity();
        partner.website = profile.website();
        partner.updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
