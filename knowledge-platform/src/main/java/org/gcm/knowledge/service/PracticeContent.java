package org.gcm.knowledge.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.ReviewLevel;
import org.gcm.knowledge.domain.SubmitterType;

/**
 * What a submitter writes about a practice: the same shape for the API, imports, demo data and drafts opened
 * from hub requests. {@code title} and {@code summary} map UN language codes to text; {@code originalLanguage}
 * must be among them. Review inputs (kind REVIEW_INPUT) also name their {@code forum}, {@code submitterType}
 * and {@code level}.
 */
@Schema(name = "PracticeContent", example = """
        {"kind": "PRACTICE", "originalLanguage": "en",
         "title": {"en": "Pre-departure orientation for domestic workers", "fr": "Orientation avant le départ des travailleuses domestiques"},
         "summary": {"en": "A two-day course on rights, contracts and complaint channels.", "fr": "Un cours de deux jours sur les droits, les contrats et les voies de recours."},
         "body": "The ministry runs the course in six districts ...",
         "objectives": [3, 6], "principles": ["people-centred", "gender-responsive"],
         "countries": ["PHL"], "regions": ["142"],
         "organisations": ["Department of Migrant Workers"], "partners": ["International Labour Organization"],
         "timeframeStart": "2021-01-01", "timeframeEnd": "2023-12-31",
         "results": "12,000 workers trained", "lessonsLearned": "Hold sessions close to home",
         "links": ["https://example.org/pdo"], "contact": {"name": "Focal point", "email": "focal.point@example.org"},
         "licence": "CC-BY-4.0"}""")
public record PracticeContent(
        Kind kind,
        String originalLanguage,
        Map<String, String> title,
        Map<String, String> summary,
        String body,
        List<Integer> objectives,
        List<String> principles,
        List<String> countries,
        List<String> regions,
        List<String> organisations,
        List<String> partners,
        LocalDate timeframeStart,
        LocalDate timeframeEnd,
        String results,
        String lessonsLearned,
        List<String> links,
        Contact contact,
        String licence,
        String forum,
        SubmitterType submitterType,
        ReviewLevel level) {

    /** The person to contact about it (shown on the public page; never in events). */
    public record Contact(String name, String email) {
    }
}
