package org.gcm.fund.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.contract.payload.GrantRejected;
import org.gcm.events.outbox.Outbox;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.CoFunding;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.ImplementingOrganisation;
import org.gcm.fund.domain.ReviewNote;
import org.gcm.fund.domain.ScreeningResult;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.rest.GrantRequests.Markers;
import org.gcm.fund.rest.GrantRequests.NewGrant;
import org.gcm.fund.rest.GrantRequests.NewNote;
import org.gcm.problem.ProblemException;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Seed-grant applications up to the steering committee: opening, markers, screening, review and its notes. */
@ApplicationScoped
public class GrantApplications {

    private static final Logger LOG = Logger.getLogger(GrantApplications.class);

    @Inject
    Access access;

    @Inject
    Screening screening;

    @Inject
    Outbox outbox;

    /** Opens the application a hub's funding request asks for (RECEIVED), with a first look at the rules. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SeedGrant open(FundingRequested request, String eventId) {
        SeedGrant grant = new SeedGrant();
        grant.sourceEventId = eventId;
        grant.requestId = request.requestId();
        grant.requestingCountry = request.requestingCountry();
        grant.authorityLevel = request.authorityLevel().name();
        grant.title = request.title();
        grant.description = request.description();
        grant.objectives = List.copyOf(request.objectives());
        grant.requestedAmount = request.requestedAmount().toBigDecimal();
        grant.requestedCurrency = request.requestedAmount().currency();
        grant.estimatedBudget = request.estimatedBudget().toBigDecimal();
        grant.estimatedBudgetCurrency = request.estimatedBudget().currency();
        grant.coFunding = request.coFunding().stream()
                .map(c -> new CoFunding(c.source(), c.amount().toBigDecimal(), c.amount().currency())).toList();
        grant.startDate = request.startDate();
        grant.endDate = request.endDate();
        grant.implementingOrganisations = request.implementingOrganisations().stream()
                .map(o -> new ImplementingOrganisation(o.partnerId(), o.name(), o.role().name())).toList();
        return receive(grant, false);
    }

    /** A fund manager opens an application directly (when the hub cannot, or for a demo). */
    @Transactional
    public SeedGrant open(NewGrant body, boolean demo) {
        new Checks()
                .country(body.requestingCountry(), "requestingCountry")
                .require(Amounts.USD.equals(body.requestedAmount().currency()), "requestedAmount.currency", "usd",
                        "must be USD: seed grants are made in USD")
                .positive(body.requestedAmount().value(), "requestedAmount.amount")
                .currency(body.estimatedBudget().currency(), "estimatedBudget.currency")
                .require(!body.endDate().isBefore(body.startDate()), "endDate", "not-before-start", "must not be before startDate")
                .require(body.objectives().stream().distinct().count() == body.objectives().size(), "objectives", "distinct",
                        "must not repeat an objective")
                .require(body.implementingOrganisations().stream().filter(o -> o.role().name().equals("LEAD")).count() == 1,
                        "implementingOrganisations", "one-lead", "must have exactly one LEAD organisation")
                .orRefuse();
        SeedGrant grant = new SeedGrant();
        grant.requestId = body.requestId();
        grant.requestingCountry = body.requestingCountry();
        grant.authorityLevel = body.authorityLevel().name();
        grant.title = body.title().strip();
        grant.description = body.description().strip();
        grant.objectives = List.copyOf(body.objectives());
        grant.requestedAmount = Amounts.cents(body.requestedAmount().value());
        grant.requestedCurrency = Amounts.USD;
        grant.estimatedBudget = Amounts.cents(body.estimatedBudget().value());
        grant.estimatedBudgetCurrency = body.estimatedBudget().currency();
        grant.coFunding = body.coFunding() == null ? List.of() : body.coFunding().stream()
                .map(c -> new CoFunding(c.source(), c.amount().value(), c.amount().currency())).toList();
        grant.startDate = body.startDate();
        grant.endDate = body.endDate();
        grant.implementingOrganisations = body.implementingOrganisations().stream()
                .map(o -> new ImplementingOrganisation(o.partnerId(), o.name(), o.role().name())).toList();
        grant.genderMarker = body.genderMarker();
        grant.humanRightsMarker = body.humanRightsMarker();
        return receive(grant, demo);
    }

    private SeedGrant receive(SeedGrant grant, boolean demo) {
        grant.id = UUID.randomUUID();
        grant.status = GrantStatus.RECEIVED;
        grant.demo = demo;
        grant.openedAt = OffsetDateTime.now();
        grant.screening = screening.screen(grant);
        grant.persist();
        LOG.infof("Grant %s RECEIVED for request %s (%s)", grant.id, grant.requestId, grant.requestingCountry);
        return grant;
    }

    /** Sets the gender and human-rights markers, which the hub's request does not carry. */
    @Transactional
    public SeedGrant mark(UUID id, String ifMatch, Markers body) {
        SeedGrant grant = get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        grant.requireOneOf(GrantStatus.RECEIVED, java.util.EnumSet.of(GrantStatus.RECEIVED));
        grant.genderMarker = body.genderMarker();
        grant.humanRightsMarker = body.humanRightsMarker();
        grant.screening = screening.screen(grant);
        return grant;
    }

    /**
     * Screens against the rules: all pass -> SCREENED; any fails -> REJECTED with the failed rules named, and the hub
     * is told (GrantRejected).
     */
    @Transactional
    public SeedGrant screen(UUID id, String ifMatch) {
        SeedGrant grant = get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        grant.requireOneOf(GrantStatus.SCREENED, java.util.EnumSet.of(GrantStatus.RECEIVED));
        ScreeningResult result = screening.screen(grant);
        grant.screening = result;
        if (result.passed()) {
            grant.moveTo(GrantStatus.SCREENED);
            LOG.infof("Grant %s RECEIVED -> SCREENED", id);
            return grant;
        }
        reject(grant, "Screening failed: " + String.join("; ", result.failed().stream()
                .map(rule -> rule.rule() + " (" + rule.message() + ")").toList()), outbox, access.who());
        return grant;
    }

    @Transactional
    public SeedGrant startReview(UUID id, String ifMatch) {
        SeedGrant grant = get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        grant.moveTo(GrantStatus.UNDER_REVIEW);
        LOG.infof("Grant %s SCREENED -> UNDER_REVIEW", id);
        return grant;
    }

    @Transactional
    public ReviewNote addNote(UUID id, NewNote body) {
        SeedGrant grant = get(id);
        if (grant.status == GrantStatus.CLOSED || grant.status == GrantStatus.REJECTED) {
            throw ProblemException.stateConflict("Grant " + id + " is " + grant.status + "; notes are taken while it is "
                    + "RECEIVED, SCREENED, UNDER_REVIEW, APPROVED, PIPELINE or ACTIVE.");
        }
        ReviewNote note = new ReviewNote();
        note.id = UUID.randomUUID();
        note.grantId = id;
        note.author = access.who();
        note.authorRole = access.role();
        note.text = body.text().strip();
        note.writtenAt = OffsetDateTime.now();
        note.persist();
        return note;
    }

    public List<ReviewNote> notes(UUID id) {
        get(id);
        return ReviewNote.list("grantId", Sort.by("writtenAt").and("id"), id);
    }

    /** The grant, if the caller may see it (a member state: its own country's); else 404. */
    public SeedGrant get(UUID id) {
        SeedGrant grant = SeedGrant.findById(id);
        if (grant == null) {
            throw ProblemException.notFound("Grant " + id + " does not exist.");
        }
        access.requireCountry(grant.requestingCountry, "Grant " + id);
        return grant;
    }

    public record Listing(List<SeedGrant> items, long total) {
    }

    public Listing list(GrantStatus status, String country, String requestId, int offset, int limit) {
        Optional<String> own = access.countryScope();
        if (own.isPresent() && country != null && !own.get().equals(country)) {
            return new Listing(List.of(), 0);
        }
        String scope = own.orElse(country);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (scope != null) {
            where.append(" and requestingCountry = :country");
            parameters.and("country", scope);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (requestId != null) {
            where.append(" and requestId = :request");
            parameters.and("request", requestId);
        }
        var query = SeedGrant.<SeedGrant>find(where.toString(), Sort.by("openedAt").and("id"), parameters);
        return new Listing(query.range(offset, offset + limit - 1).list(), query.count());
    }

    static void reject(SeedGrant grant, String reason, Outbox outbox, String who) {
        GrantStatus before = grant.status;
        grant.moveTo(GrantStatus.REJECTED);
        grant.rejectionReason = reason;
        grant.decidedAt = OffsetDateTime.now();
        grant.decidedBy = who;
        outbox.append(Topics.FUND_GRANTS, EventTypes.GRANT_REJECTED, grant.id.toString(),
                new GrantRejected(grant.id.toString(), grant.requestId, grant.requestingCountry, reason, grant.decidedAt));
        LOG.infof("Grant %s %s -> REJECTED", grant.id, before);
    }
}
