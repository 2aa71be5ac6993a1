package org.gcm.knowledge.practices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.ReviewLevel;
import org.gcm.knowledge.domain.SubmitterType;
import org.gcm.knowledge.service.ContentRules;
import org.gcm.knowledge.service.Geography;
import org.gcm.knowledge.service.PracticeContent;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.FieldError;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The rules every practice's content meets, and the regions a country brings, with no Quarkus. */
class ContentRulesTest {

    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private final ContentRules rules = new ContentRules(REFERENCE, VALIDATOR);

    @Test
    void validContentBreaksNoRule() {
        assertEquals(List.of(), rules.check(content(Kind.PRACTICE, "en", List.of(6), List.of("KEN"), List.of("142"))));
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        PracticeContent bad = new PracticeContent(null, "de", Map.of("en", "A title", "xx", "?"), Map.of(), null,
                List.of(0, 24), List.of("kindness"), List.of("XXX", "ken"), List.of("001", "404"), null, null,
                LocalDate.parse("2024-01-01"), LocalDate.parse("2023-01-01"), null, null, List.of("ftp://example.org"),
                new PracticeContent.Contact("Focal point", "not-an-address", true), null, "imrf-2026", null, null);
        assertEquals(sorted("kind", "title.xx", "summary", "originalLanguage", "objectives[0]", "objectives[1]",
                "principles[0]", "countries[0]", "countries[1]", "regions[0]", "regions[1]", "timeframeEnd", "links[0]",
                "contact.email", "forum"), sorted(fields(rules.check(bad))));
    }

    @Test
    void aPracticeNamesAtLeastOneObjectiveAndATitleInItsOriginalLanguage() {
        assertEquals(List.of("objectives", "title"),
                fields(rules.check(content(Kind.PRACTICE, "fr", List.of(), List.of(), List.of()))));
    }

    @Test
    void reviewInputsNameTheirForumSubmitterAndLevelAndOnlyThey() {
        assertEquals(List.of("forum", "submitterType", "level"),
                fields(rules.check(content(Kind.REVIEW_INPUT, "en", List.of(1), List.of(), List.of()))));
        PracticeContent input = new PracticeContent(Kind.REVIEW_INPUT, "en", Map.of("en", "Input"), Map.of("en", "An input."),
                null, List.of(23), List.of(), List.of("DEU"), List.of(), null, null, null, null, null, null, null, null, null,
                "ece-2028", SubmitterType.STAKEHOLDER, ReviewLevel.LOCAL);
        assertEquals(List.of(), rules.check(input));
    }

    @Test
    void everyFieldHasItsLimitWhoeverSendsIt() {
        String long10k = "x".repeat(10_000);
        PracticeContent overlong = new PracticeContent(Kind.PRACTICE, "en", Map.of("en", "t".repeat(301)),
                Map.of("en", "Summary."), "b".repeat(PracticeContent.BODY_MAX + 1), List.of(6), List.of(), List.of(),
                List.of(), List.of(long10k), List.of(), LocalDate.parse("0000-01-01"), LocalDate.parse("+99999-01-01"),
                "r".repeat(10_001), null, List.of("https://example.org/" + long10k),
                new PracticeContent.Contact(long10k, "a@example.org", true), long10k, null, null, null);
        assertEquals(sorted("title.en", "body", "organisations[0]", "timeframeStart", "timeframeEnd", "results", "links[0]",
                "contact.name", "licence"), sorted(fields(rules.check(overlong))));
    }

    @Test
    void aContactSaysWhetherItMayBePublished() {
        PracticeContent noConsent = withContact(new PracticeContent.Contact("Focal point", "fp@example.org", null));
        assertEquals(List.of("contact.publicationConsent"), fields(rules.check(noConsent)));
        assertEquals(List.of("contact"), fields(rules.check(withContact(new PracticeContent.Contact(null, null, false)))));
        assertEquals(List.of(), rules.check(withContact(new PracticeContent.Contact("Focal point", null, false))));
    }

    @Test
    void aMissingBodyIsOneError() {
        assertEquals(List.of("body"), fields(rules.check(null)));
    }

    @Test
    void aCountryBringsItsM49AreasNearestFirst() {
        Geography geography = new Geography(REFERENCE);
        assertEquals(List.of("014", "202", "002"), geography.regionsOf("KEN"));
        assertEquals(List.of("155", "150"), geography.regionsOf("FRA"));
        assertEquals(List.of(), geography.regionsOf("XXX"));
        assertTrue(geography.regionsOf("ATA").isEmpty(), "Antarctica has no region");
    }

    private static PracticeContent content(Kind kind, String language, List<Integer> objectives, List<String> countries,
            List<String> regions) {
        return new PracticeContent(kind, language, Map.of("en", "Labour attachés"), Map.of("en", "Attachés abroad."),
                "Body.", objectives, List.of("human-rights"), countries, regions, List.of(), List.of(), null, null, null,
                null, List.of("https://example.org"), null, "CC-BY-4.0", null, null, null);
    }

    private static PracticeContent withContact(PracticeContent.Contact contact) {
        return new PracticeContent(Kind.TOOL, "en", Map.of("en", "A tool"), Map.of("en", "A tool."), null, List.of(1),
                null, null, null, null, null, null, null, null, null, null, contact, null, null, null, null);
    }

    private static List<String> sorted(String... fields) {
        return sorted(List.of(fields));
    }

    private static List<String> sorted(List<String> fields) {
        return fields.stream().sorted().toList();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
