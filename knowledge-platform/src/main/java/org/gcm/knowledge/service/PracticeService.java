package org.gcm.knowledge.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.PracticePublished;
import org.gcm.events.outbox.Outbox;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.PracticeTransition;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.problem.FieldError;
import org.gcm.problem.ProblemException;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * The practice lifecycle: creation, editing, submission and the editor's decisions (publish, request changes,
 * reject, archive). Every transition is recorded in the history; publication leaves a PracticePublished
 * event through the outbox in the same transaction.
 */
@ApplicationScoped
public class PracticeService {

    private static final Logger LOG = Logger.getLogger(PracticeService.class);

    private final PracticeRepository practices;
    private final ContentRules rules;
    private final Geography geography;
    private final Outbox outbox;

    public PracticeService(PracticeRepository practices, ContentRules rules, Geography geography, Outbox outbox) {
        this.practices = practices;
        this.rules = rules;
        this.geography = geography;
        this.outbox = outbox;
    }

    /** A practice with the assignments of its review, as the reader may see it. */
    public record Found(Practice practice, List<ReviewAssignment> assignments) {
    }

    @Transactional
    public Practice create(Actor actor, PracticeContent content) {
        requireValid(content);
        Practice p = newPractice(actor.subject(), content, PracticeStatus.DRAFT);
        practices.persist(p);
        record(p, null, PracticeStatus.DRAFT, actor.subject(), "created");
        LOG.infof("Practice %s created as DRAFT (kind %s)", p.id, p.kind);
        return p;
    }

    /** The practice if the actor may read it; otherwise 404, never a hint that it exists. */
    @Transactional
    public Found read(Actor actor, UUID id) {
        Practice p = practices.find(id).orElseThrow(() -> notFound(id));
        List<ReviewAssignment> assignments = practices.assignments(id);
        if (!PracticeAccess.canRead(p, actor, assignments)) {
            throw notFound(id);
        }
        return new Found(p, assignments);
    }

    @Transactional
    public List<PracticeTransition> history(Actor actor, UUID id) {
        read(actor, id);
        return practices.history(id);
    }

    /**
     * Replaces the content. The submitter (or the owning country) may while it is DRAFT or CHANGES_REQUESTED;
     * editors may at any state but ARCHIVED, and an editor's correction of a PUBLISHED practice publishes the
     * revised version again.
     */
    @Transactional
    public Practice update(Actor actor, UUID id, String ifMatch, PracticeContent content) {
        Found found = lockReadable(actor, id);
        Practice p = found.practice();
        EntityTags.requireMatch(ifMatch, p.version, "practice " + id);
        boolean owner = PracticeAccess.owns(p, actor);
        if (!actor.editor() && !owner) {
            throw forbidden("Only its submitter or an editor may change practice " + id + ".");
        }
        boolean allowed = actor.editor() ? p.status != PracticeStatus.ARCHIVED : p.status.editableBySubmitter();
        if (!allowed) {
            throw ProblemException.stateConflict("Practice " + id + " is " + p.status + "; "
                    + (actor.editor() ? "archived practices cannot be changed."
                            : "its submitter may change it only while it is DRAFT or CHANGES_REQUESTED."));
        }
        requireValid(content);
        apply(p, content, now());
        if (p.status == PracticeStatus.PUBLISHED) {
            practices.flush();
            announce(p);
            LOG.infof("Practice %s revised by an editor and published again", p.id);
        }
        return p;
    }

    /** DRAFT -> SUBMITTED, or CHANGES_REQUESTED -> UNDER_REVIEW (the reviewers recommend again). */
    @Transactional
    public Practice submit(Actor actor, UUID id, String ifMatch) {
        Found found = lockReadable(actor, id);
        Practice p = found.practice();
        EntityTags.requireMatch(ifMatch, p.version, "practice " + id);
        if (!PracticeAccess.owns(p, actor)) {
            throw forbidden("Only the submitter of practice " + id + " may submit it.");
        }
        if (p.status == PracticeStatus.CHANGES_REQUESTED) {
            for (ReviewAssignment a : found.assignments()) {
                a.recommendation = null;
                a.recommendedAt = null;
                a.comments = null;
            }
            move(p, PracticeStatus.UNDER_REVIEW, actor, "resubmitted with changes");
        } else {
            requireState(p, PracticeStatus.SUBMITTED, PracticeStatus.DRAFT, PracticeStatus.CHANGES_REQUESTED);
            move(p, PracticeStatus.SUBMITTED, actor, null);
        }
        return p;
    }

    /** Editors publish once the quorum recommends: at least one UN and two external cleared reviewers. */
    @Transactional
    public Practice publish(Actor actor, UUID id, String ifMatch, String reason) {
        Practice p = lockForEditor(actor, id, ifMatch);
        requireState(p, PracticeStatus.PUBLISHED, PracticeStatus.UNDER_REVIEW);
        Quorum quorum = Quorum.of(practices.assignments(id));
        if (!quorum.recommendsPublication()) {
            throw new ProblemException(409, "/problems/review-quorum-not-met", "The review quorum has not recommended publication",
                    "Practice " + id + " needs at least " + Quorum.UN_NEEDED + " UN and " + Quorum.EXTERNAL_NEEDED
                            + " external reviewers, cleared of conflicts, recommending PUBLISH; it has " + quorum.unPublish()
                            + " UN and " + quorum.externalPublish() + " external.",
                    List.of(new FieldError("reviews", "quorum", "needs 1 UN and 2 external PUBLISH recommendations")));
        }
        OffsetDateTime now = now();
        p.publishedAt = now;
        p.year = now.getYear();
        move(p, PracticeStatus.PUBLISHED, actor, reason);
        practices.flush();
        announce(p);
        return p;
    }

    @Transactional
    public Practice requestChanges(Actor actor, UUID id, String ifMatch, String reason) {
        return decide(actor, id, ifMatch, reason, PracticeStatus.CHANGES_REQUESTED);
    }

    @Transactional
    public Practice reject(Actor actor, UUID id, String ifMatch, String reason) {
        return decide(actor, id, ifMatch, reason, PracticeStatus.REJECTED);
    }

    /** An editor's decision on a practice under review, other than publication; the reason is required. */
    private Practice decide(Actor actor, UUID id, String ifMatch, String reason, PracticeStatus target) {
        Practice p = lockForEditor(actor, id, ifMatch);
        requireReason(reason);
        requireState(p, target, PracticeStatus.UNDER_REVIEW);
        move(p, target, actor, reason);
        return p;
    }

    @Transactional
    public Practice archive(Actor actor, UUID id, String ifMatch, String reason) {
        Practice p = lockForEditor(actor, id, ifMatch);
        requireState(p, PracticeStatus.ARCHIVED, PracticeStatus.PUBLISHED, PracticeStatus.REJECTED);
        move(p, PracticeStatus.ARCHIVED, actor, reason);
        return p;
    }

    // ---- used by the other services of this package ----

    Practice lockForEditor(Actor actor, UUID id, String ifMatch) {
        if (!actor.editor()) {
            throw forbidden("Only editors may do this.");
        }
        Practice p = practices.findForUpdate(id).orElseThrow(() -> notFound(id));
        EntityTags.requireMatch(ifMatch, p.version, "practice " + id);
        return p;
    }

    Found lockReadable(Actor actor, UUID id) {
        Practice p = practices.findForUpdate(id).orElseThrow(() -> notFound(id));
        List<ReviewAssignment> assignments = practices.assignments(id);
        if (!PracticeAccess.canRead(p, actor, assignments)) {
            throw notFound(id);
        }
        return new Found(p, assignments);
    }

    /** A new practice in {@code status} with the content applied; not yet persisted. */
    Practice newPractice(String submittedBy, PracticeContent content, PracticeStatus status) {
        Practice p = new Practice();
        p.id = UUID.randomUUID();
        p.submittedBy = submittedBy;
        OffsetDateTime now = now();
        p.createdAt = now;
        p.year = now.getYear();
        apply(p, content, now);
        p.status = status;
        return p;
    }

    void move(Practice p, PracticeStatus target, Actor actor, String reason) {
        PracticeStatus from = p.status;
        if (!from.canMoveTo(target)) {
            throw wrongState(p, target);
        }
        p.status = target;
        p.updatedAt = now();
        record(p, from, target, actor.subject(), reason);
        LOG.infof("Practice %s moved %s -> %s", p.id, from, target);
    }

    void record(Practice p, PracticeStatus from, PracticeStatus to, String actor, String reason) {
        practices.persist(PracticeTransition.of(p.id, from, to, actor, reason, now()));
    }

    void requireValid(PracticeContent content) {
        List<FieldError> errors = rules.check(content);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** Copies the content onto the practice; regions also get the M49 regions of the countries named. */
    void apply(Practice p, PracticeContent c, OffsetDateTime now) {
        p.kind = c.kind();
        p.originalLanguage = c.originalLanguage();
        p.titles = new LinkedHashMap<>(c.title());
        p.summaries = new LinkedHashMap<>(c.summary());
        Set<String> languages = new LinkedHashSet<>(c.title().keySet());
        languages.addAll(c.summary().keySet());
        p.languages = UnLanguage.of(c.originalLanguage()).isPresent()
                ? languages.stream().sorted().collect(Collectors.toCollection(ArrayList::new)) : new ArrayList<>();
        p.body = c.body();
        p.objectives = new ArrayList<>(new LinkedHashSet<>(c.objectives()));
        p.principles = distinct(c.principles());
        p.countries = distinct(c.countries());
        Set<String> regions = new LinkedHashSet<>(distinct(c.regions()));
        p.countries.forEach(country -> regions.addAll(geography.regionsOf(country)));
        p.regions = new ArrayList<>(regions);
        p.organisations = distinct(c.organisations());
        p.partners = distinct(c.partners());
        p.timeframeStart = c.timeframeStart();
        p.timeframeEnd = c.timeframeEnd();
        p.results = c.results();
        p.lessonsLearned = c.lessonsLearned();
        p.links = distinct(c.links());
        p.contactName = c.contact() == null ? null : c.contact().name();
        p.contactEmail = c.contact() == null ? null : c.contact().email();
        p.licence = c.licence();
        p.forum = c.forum();
        p.submitterType = c.submitterType();
        p.level = c.level();
        p.updatedAt = now;
    }

    /** Writes PracticePublished to the outbox, in the caller's transaction. */
    void announce(Practice p) {
        List<String> organisations = new ArrayList<>(new LinkedHashSet<>(concat(p.organisations, p.partners)));
        outbox.append(Topics.KNOWLEDGE_PRACTICES, EventTypes.PRACTICE_PUBLISHED, p.id.toString(),
                new PracticePublished(p.id.toString(), PracticePublished.Kind.valueOf(p.kind.name()), p.title(),
                        p.summary(), p.objectives, p.principles, p.countries,
                        p.regions.stream().filter(r -> r.matches("[0-9]{3}")).toList(), organisations,
                        p.sourceRequestId, p.publishedAt));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No practice " + id + ".");
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(403, "/problems/forbidden", "Not allowed", detail, List.of());
    }

    static void requireState(Practice p, PracticeStatus target, PracticeStatus... allowed) {
        if (!List.of(allowed).contains(p.status)) {
            throw wrongState(p, target);
        }
    }

    static ProblemException wrongState(Practice p, PracticeStatus target) {
        List<PracticeStatus> from = java.util.Arrays.stream(PracticeStatus.values()).filter(s -> s.canMoveTo(target)).toList();
        return ProblemException.stateConflict("Practice " + p.id + " is " + p.status + "; it can move to " + target
                + " only from " + from + ".");
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "NotBlank", "must say why");
        }
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
