package org.gcm.knowledge.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.ReviewLevel;
import org.gcm.knowledge.domain.SubmitterType;

/**
 * What a submitter writes about a practice: the same shape for the API, imports, demo data and drafts opened
 * from hub requests. {@code title} and {@code summary} map UN language codes to text; {@code originalLanguage}
 * must be among them. Review inputs (kind REVIEW_INPUT) also name their {@code forum}, {@code submitterType}
 * and {@code level}. Every field declares its limits here, so that the OpenAPI document says what the server
 * enforces; {@link ContentRules} checks the same limits for imports, demo data and hub drafts.
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
         "links": ["https://example.org/pdo"], "contact": {"name": "Focal point", "email": "focal.point@example.org", "publicationConsent": true},
         "licence": "CC-BY-4.0"}""")
public record PracticeContent(
        @NotNull Kind kind,
        @NotNull @Size(max = 2) @Pattern(regexp = LANGUAGE) String originalLanguage,
        @NotEmpty @Size(max = LANGUAGES) Map<String, @NotBlank @Size(max = TITLE_MAX) String> title,
        @NotEmpty @Size(max = LANGUAGES) Map<String, @NotBlank @Size(max = SUMMARY_MAX) String> summary,
        @Size(max = BODY_MAX) String body,
        @NotEmpty @Size(max = 23) List<@NotNull @Min(1) @Max(23) Integer> objectives,
        @Size(max = 10) List<@NotNull @Size(max = CODE_MAX) String> principles,
        @Size(max = COUNTRIES_MAX) List<@NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}") String> countries,
        @Size(max = REGIONS_MAX) List<@NotNull @Size(max = 3) @Pattern(regexp = "[0-9]{3}") String> regions,
        @Size(max = ORGANISATIONS_MAX) List<@NotBlank @Size(max = NAME_MAX) String> organisations,
        @Size(max = ORGANISATIONS_MAX) List<@NotBlank @Size(max = NAME_MAX) String> partners,
        LocalDate timeframeStart,
        LocalDate timeframeEnd,
        @Size(max = TEXT_MAX) String results,
        @Size(max = TEXT_MAX) String lessonsLearned,
        @Size(max = LINKS_MAX) List<@NotNull @Size(max = URL_MAX) String> links,
        @Valid Contact contact,
        @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 .+()-]*") String licence,
        @Size(max = 20) String forum,
        SubmitterType submitterType,
        ReviewLevel level) {

    /** A UN language code. */
    public static final String LANGUAGE = "ar|zh|en|fr|ru|es";
    public static final int LANGUAGES = 6;
    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 4000;
    /** The full description: about 8,000 words, more than any practice write-up needs. */
    public static final int BODY_MAX = 50_000;
    public static final int TEXT_MAX = 10_000;
    public static final int NAME_MAX = 200;
    public static final int URL_MAX = 2000;
    public static final int CODE_MAX = 40;
    public static final int COUNTRIES_MAX = 250;
    public static final int REGIONS_MAX = 30;
    public static final int ORGANISATIONS_MAX = 50;
    public static final int LINKS_MAX = 20;
    /** RFC 5321: an address is at most 254 characters. */
    public static final int EMAIL_MAX = 254;

    /**
     * The person to contact about it. Personal data: shown on the published practice only when
     * {@code publicationConsent} is true (which must be said whenever a contact is given), otherwise only to its
     * submitter and editors; never in events, logs or, without consent, in exports.
     */
    public record Contact(
            @Size(max = NAME_MAX) String name,
            @Size(max = EMAIL_MAX) String email,
            @NotNull Boolean publicationConsent) {

        /** Whether the contact may appear on the published practice and in the open data. */
        public boolean publishable() {
            return Boolean.TRUE.equals(publicationConsent);
        }
    }
}
