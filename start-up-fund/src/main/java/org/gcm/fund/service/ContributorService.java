package org.gcm.fund.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Contact;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.rest.ContributorRequests.NewContributor;
import org.gcm.problem.ProblemException;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

/** Registers contributors and finds them, within what the caller may see. */
@ApplicationScoped
public class ContributorService {

    private static final Logger LOG = Logger.getLogger(ContributorService.class);

    @Inject
    Access access;

    @Transactional
    public Contributor register(NewContributor body, boolean demo) {
        new Checks()
                .require(Codes.ORGANISATION_TYPES.containsKey(body.organisationType()), "organisationType", "iati-organisation-type",
                        "must be an IATI organisation type code: " + new java.util.TreeSet<>(Codes.ORGANISATION_TYPES.keySet()))
                .country(body.country(), "country")
                .require(body.country() != null || !Codes.PUBLIC_SECTOR.contains(body.organisationType()), "country",
                        "required-for-public-sector", "is required for a government or other public-sector contributor")
                .orRefuse();
        String id = body.id() != null ? body.id() : "CTR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        if (Contributor.findById(id) != null) {
            throw new ProblemException(409, "/problems/already-exists", "The resource already exists",
                    "Contributor " + id + " already exists.", List.of());
        }
        Contributor contributor = new Contributor();
        contributor.id = id;
        contributor.name = body.name().strip();
        contributor.organisationType = body.organisationType();
        contributor.country = body.country();
        contributor.contacts = body.contacts() == null ? List.of()
                : body.contacts().stream().map(c -> new Contact(c.name(), c.email(), c.role())).toList();
        contributor.demo = demo;
        contributor.createdAt = OffsetDateTime.now();
        contributor.persist();
        LOG.infof("Contributor %s registered (IATI type %s)", id, contributor.organisationType);
        return contributor;
    }

    /** The contributor, if it exists and the caller may see it; else 404. */
    public Contributor get(String id) {
        access.requireContributor(id, "Contributor " + id);
        Contributor contributor = Contributor.findById(id);
        if (contributor == null) {
            throw ProblemException.notFound("Contributor " + id + " does not exist.");
        }
        return contributor;
    }

    public List<Contributor> list(int offset, int limit) {
        Optional<String> own = access.contributorScope();
        return own.isPresent()
                ? Contributor.<Contributor>find("id", Sort.by("id"), own.get()).range(offset, offset + limit - 1).list()
                : Contributor.<Contributor>findAll(Sort.by("id")).range(offset, offset + limit - 1).list();
    }

    public long count() {
        Optional<String> own = access.contributorScope();
        return own.isPresent() ? Contributor.count("id", own.get()) : Contributor.count();
    }
}
