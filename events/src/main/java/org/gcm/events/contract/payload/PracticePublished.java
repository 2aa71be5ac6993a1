package org.gcm.events.contract.payload;

import java.time.OffsetDateTime;
import java.util.List;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A practice, piece of evidence, initiative, review input or tool is now public on the knowledge platform
 * (para 43 (c)(i)-(ii)).
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#PRACTICE_PUBLISHED}, topic
 * {@code knowledge.practices}, subject and record key = the practice id.<br>
 * <b>Published by</b> the knowledge platform when a practice moves UNDER_REVIEW -> PUBLISHED, and again each
 * time a revised version is published (same {@code practiceId}: consumers replace what they had).<br>
 * <b>Consumed by</b> the connection hub, which adds it to (or updates it in) its similar-initiatives index, so
 * that requests with the same objectives, countries or regions are shown it for peer exchange and
 * replication (para 43 (a)(iii)). Contacts are not in the event (personal data): the hub links to the
 * practice on the knowledge platform, whose public page shows them.
 *
 * @param practiceId the knowledge platform's id of the practice
 * @param kind what it is
 * @param title its title
 * @param summary a short abstract, for listing
 * @param objectives the GCM objectives (1 to 23) it is tagged with; at least one
 * @param guidingPrinciples codes of the guiding principles it is tagged with ({@code human-rights}, ...);
 *        may be empty
 * @param countries ISO 3166-1 alpha-3 codes of the countries it concerns; may be empty (global or regional)
 * @param regions UN M49 codes (three digits, {@code "002"} Africa) of the regions it concerns; may be empty
 * @param organisations names of the organisations behind it; may be empty
 * @param sourceRequestId the hub's request it was drafted from (see RequestCompleted), or absent
 * @param publishedAt when it was published, ISO 8601 date-time with offset
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventContract(type = EventTypes.PRACTICE_PUBLISHED, topic = Topics.KNOWLEDGE_PRACTICES)
public record PracticePublished(
        String practiceId,
        Kind kind,
        String title,
        String summary,
        List<Integer> objectives,
        List<String> guidingPrinciples,
        List<String> countries,
        List<String> regions,
        List<String> organisations,
        String sourceRequestId,
        OffsetDateTime publishedAt) {

    public PracticePublished {
        Checks.id("PracticePublished.practiceId", practiceId);
        Checks.required("PracticePublished.kind", kind);
        Checks.text("PracticePublished.title", title);
        Checks.text("PracticePublished.summary", summary);
        objectives = Checks.objectives("PracticePublished.objectives", objectives);
        guidingPrinciples = Checks.each("PracticePublished.guidingPrinciples", guidingPrinciples, Checks.PRINCIPLE,
                "a guiding principle code such as human-rights");
        countries = Checks.each("PracticePublished.countries", countries, Checks.COUNTRY,
                "an ISO 3166-1 alpha-3 code such as KEN");
        regions = Checks.each("PracticePublished.regions", regions, Checks.REGION, "a UN M49 code such as 002");
        organisations = Checks.texts("PracticePublished.organisations", organisations);
        Checks.optionalId("PracticePublished.sourceRequestId", sourceRequestId);
        Checks.required("PracticePublished.publishedAt", publishedAt);
    }

    /** The kinds of knowledge the platform holds (DESIGN.md section 3). */
    public enum Kind {
        PRACTICE,
        EVIDENCE,
        INITIATIVE,
        REVIEW_INPUT,
        TOOL
    }
}
