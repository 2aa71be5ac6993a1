package org.gcm.knowledge.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gcm.knowledge.domain.Affiliation;
import org.gcm.knowledge.domain.AssignmentState;
import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.PracticeTransition;
import org.gcm.knowledge.domain.Recommendation;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.knowledge.domain.ReviewLevel;
import org.gcm.knowledge.domain.SubmitterType;
import org.gcm.knowledge.service.PracticeContent;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the API shows of practices, reviews and history. */
public final class PracticeViews {

    private PracticeViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PracticeView(UUID id, Kind kind, PracticeStatus status, String originalLanguage,
            Map<String, String> title, Map<String, String> summary, List<String> languages, String body,
            List<Integer> objectives, List<String> principles, List<String> countries, List<String> regions,
            List<String> organisations, List<String> partners, LocalDate timeframeStart, LocalDate timeframeEnd,
            String results, String lessonsLearned, List<String> links, PracticeContent.Contact contact, String licence,
            String forum, SubmitterType submitterType, ReviewLevel level, Provenance provenance, String sourceRequestId,
            boolean demo, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
            OffsetDateTime personalDataErasedAt, long version) {

        /** As anyone may see it: the contact only if its publication was agreed (the open data use this). */
        public static PracticeView of(Practice p) {
            return of(p, p.contactPublishable());
        }

        /** With the contact whatever the consent, for its submitter and editors ({@code withContact}). */
        public static PracticeView of(Practice p, boolean withContact) {
            return new PracticeView(p.id, p.kind, p.status, p.originalLanguage, p.titles, p.summaries, p.languages,
                    p.body, p.objectives, p.principles, p.countries, p.regions, p.organisations, p.partners,
                    p.timeframeStart, p.timeframeEnd, p.results, p.lessonsLearned, p.links,
                    !withContact || (p.contactName == null && p.contactEmail == null) ? null
                            : new PracticeContent.Contact(p.contactName, p.contactEmail, p.contactPublicationConsent),
                    p.licence, p.forum, p.submitterType, p.level,
                    p.source == null ? null : new Provenance(p.source, p.sourceId, p.retrievedAt), p.sourceRequestId,
                    p.demo, p.createdAt, p.updatedAt, p.publishedAt, p.personalDataErasedAt, p.version);
        }
    }

    /** Where an imported practice came from. */
    public record Provenance(String source, String sourceId, OffsetDateTime retrievedAt) {
    }

    /** A practice in a result list: enough to show and link it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PracticeSummary(UUID id, Kind kind, PracticeStatus status, String originalLanguage,
            Map<String, String> title, Map<String, String> summary, List<Integer> objectives, List<String> principles,
            List<String> countries, List<String> regions, List<String> languages, String forum,
            OffsetDateTime publishedAt, Float score) {

        public static PracticeSummary of(Practice p, Float score) {
            return new PracticeSummary(p.id, p.kind, p.status, p.originalLanguage, p.titles, p.summaries, p.objectives,
                    p.principles, p.countries, p.regions, p.languages, p.forum, p.publishedAt, score);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewView(UUID id, String reviewer, Affiliation affiliation, AssignmentState state,
            String conflictStatement, Recommendation recommendation, String comments, String assignedBy,
            OffsetDateTime assignedAt, OffsetDateTime declaredAt, OffsetDateTime recommendedAt, long version) {

        public static ReviewView of(ReviewAssignment a) {
            return new ReviewView(a.id, a.reviewer, a.affiliation, a.state, a.conflictStatement, a.recommendation,
                    a.comments, a.assignedBy, a.assignedAt, a.declaredAt, a.recommendedAt, a.version);
        }
    }

    /** One line of the history, as the API has always shown it: the reason is the line's comment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TransitionView(PracticeStatus from, PracticeStatus to, String actor, String reason, OffsetDateTime at) {

        public static TransitionView of(PracticeTransition t) {
            return new TransitionView(t.fromStatus == null ? null : PracticeStatus.valueOf(t.fromStatus),
                    PracticeStatus.valueOf(t.toStatus), t.actor, t.comment, t.occurredAt);
        }
    }
}
