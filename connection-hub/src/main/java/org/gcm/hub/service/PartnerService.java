package org.gcm.hub.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.caller.Caller;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.hub.rest.PartnerInput;
import org.gcm.hub.service.reference.ReferenceData;
import org.gcm.problem.FieldError;
import org.gcm.problem.ProblemException;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * The partner registry: the secretariat manages every entry; a partner keeps its own profile and capacity current
 * and nobody else's.
 */
@ApplicationScoped
public class PartnerService {

    private static final Logger LOG = Logger.getLogger(PartnerService.class);

    @Inject
    PartnerRepository partners;

    @Inject
    ReferenceData reference;

    @Inject
    RequestRules rules;

    @Inject
    Caller caller;

    @Inject
    Event<PartnerChanged> changed;

    @Transactional
    public Partner register(String id, PartnerInput profile, boolean verified, boolean demo) {
        check(profile);
        if (partners.findById(id) != null) {
            throw ProblemException.stateConflict("Partner " + id + " is already in the registry.");
        }
        Partner partner = new Partner();
        partner.id = id;
        partner.verification = verified ? Verification.VERIFIED : Verification.UNVERIFIED;
        partner.demo = demo;
        partner.createdAt = Lifecycle.now();
        fill(partner, profile);
        partners.persist(partner);
        changed.fire(new PartnerChanged(id));
        LOG.infof("Partner %s registered (%s)", id, partner.verification);
        return partner;
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

    @Transactional
    public Partner verify(String id, String ifMatch, Verification verification) {
        Partner partner = get(id);
        EntityTags.requireMatch(ifMatch, partner.version, "partner " + id);
        Verification from = partner.verification;
        partner.verification = verification;
        partner.updatedAt = Lifecycle.now();
        changed.fire(new PartnerChanged(id));
        LOG.infof("Partner %s %s -> %s", id, from, verification);
        return partner;
    }

    public Partner get(String id) {
        Partner partner = partners.findById(id);
        if (partner == null) {
            throw ProblemException.notFound("There is no partner " + id + ".");
        }
        return partner;
    }

    public PartnerRepository.Slice list(PartnerRepository.Filter filter, int limit, int offset) {
        return partners.list(filter, limit, offset);
    }

    /** The secretariat may change any entry, a partner only its own (403: the registry is readable to it). */
    private Partner mayChange(String id) {
        Partner partner = get(id);
        if (!caller.hasRole(Roles.SECRETARIAT) && !caller.partnerId().map(id::equals).orElse(false)) {
            throw Refusals.forbidden("A partner keeps its own profile only; " + id + " is not yours.");
        }
        return partner;
    }

    private void check(PartnerInput profile) {
        List<FieldError> errors = new ArrayList<>();
        if (!reference.isOrganisationType(profile.organisationType())) {
            errors.add(new FieldError("organisationType", "iati-organisation-type",
                    "must be an IATI organisation type code (10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70-73, 80, 90)"));
        }
        for (int i = 0; i < profile.countries().size(); i++) {
            if (!reference.isCountry(profile.countries().get(i))) {
                errors.add(new FieldError("countries[" + i + "]", "iso-3166-alpha-3",
                        "must be an existing ISO 3166-1 alpha-3 code"));
            }
        }
        HashSet<Integer> objectives = new HashSet<>();
        profile.expertise().forEach(e -> objectives.add(e.objective()));
        if (objectives.size() != profile.expertise().size()) {
            errors.add(new FieldError("expertise", "unique", "must name each objective once"));
        }
        rules.languages("languages", profile.languages(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
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
        partner.updatedAt = Lifecycle.now();
    }
}
