package org.gcm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gcm.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The generated catalogue, built into a list without a database. */
class SyntheticPracticesTest {

    private static final int ROWS = 1000;
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Set<String> UN_LANGUAGES = Set.of("en", "fr", "es", "ru", "ar", "zh");

    private static List<SyntheticPractices.Practice> rows(long seed) {
        SyntheticPractices catalogue = new SyntheticPractices(seed, REFERENCE);
        List<SyntheticPractices.Practice> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(catalogue.next());
        }
        return rows;
    }

    @Test
    void idsAreDistinctRandomUuidsThatTheSeedRepeats() {
        List<UUID> ids = rows(SyntheticPractices.SEED).stream().map(SyntheticPractices.Practice::id).toList();
        assertEquals(ROWS, new HashSet<>(ids).size());
        ids.forEach(id -> {
            assertEquals(4, id.version());
            assertEquals(2, id.variant());
        });
        assertEquals(ids, rows(SyntheticPractices.SEED).stream().map(SyntheticPractices.Practice::id).toList());
        assertNotEquals(ids.get(0), rows(SyntheticPractices.SEED + 1).get(0).id());
    }

    @Test
    void languagesFollowTheirShares() {
        List<SyntheticPractices.Practice> rows = rows(SyntheticPractices.SEED);
        Map<String, Long> byLanguage = rows.stream().collect(Collectors.groupingBy(SyntheticPractices.Practice::language,
                Collectors.counting()));
        assertEquals(UN_LANGUAGES, byLanguage.keySet());
        assertBetween(byLanguage.get("en"), 500, 600, "English");
        assertBetween(byLanguage.get("fr"), 170, 230, "French");
        assertBetween(byLanguage.get("es"), 140, 200, "Spanish");
        assertBetween(byLanguage.get("ru") + byLanguage.get("ar") + byLanguage.get("zh"), 50, 110, "Russian, Arabic, Chinese");
        List<SyntheticPractices.Practice> others = rows.stream().filter(p -> !p.language().equals("en")).toList();
        long translated = others.stream().filter(p -> p.titles().containsKey("en")).count();
        assertBetween(translated * 100 / others.size(), 22, 38, "% of the others with English");
    }

    @Test
    void everyFieldIsWhatTheCatalogueAllows() {
        Set<String> principles = Set.of("people-centred", "international-cooperation", "national-sovereignty", "rule-of-law",
                "sustainable-development", "human-rights", "gender-responsive", "child-sensitive", "whole-of-government",
                "whole-of-society");
        Set<String> countries = Set.of(SyntheticPractices.COUNTRIES);
        OffsetDateTime first = OffsetDateTime.of(2019, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime last = first.plusDays(8 * 365);
        for (SyntheticPractices.Practice p : rows(SyntheticPractices.SEED)) {
            String id = p.id().toString();
            assertTrue(p.titles().containsKey(p.language()), id);
            assertEquals(p.titles().keySet(), p.summaries().keySet(), id);
            assertEquals(p.titles().keySet().stream().sorted().toList(), p.languages(), id);
            assertTrue(p.titles().size() == 1 || p.titles().size() == 2 && p.titles().containsKey("en"), id);
            PracticePhrases.Phrases phrases = PracticePhrases.of(p.language());
            assertTrue(List.of(phrases.openings()).stream().anyMatch(p.titles().get(p.language())::startsWith), id);
            long sentences = List.of(phrases.sentences()).stream().filter(p.body()::contains).count();
            assertTrue(sentences >= 1 && p.body().equals(p.body().strip()), id);
            assertTrue(p.objectives().size() >= 1 && p.objectives().size() <= 3, id);
            assertEquals(p.objectives().size(), new HashSet<>(p.objectives()).size(), id);
            assertTrue(p.objectives().stream().allMatch(o -> o >= 1 && o <= 23), id);
            assertTrue(p.principles().size() <= 3 && principles.containsAll(p.principles()), id);
            assertTrue(p.countries().size() <= 2 && countries.containsAll(p.countries()), id);
            Set<String> regions = new LinkedHashSet<>();
            p.countries().forEach(c -> regions.addAll(SyntheticPractices.regionsOf(c, REFERENCE)));
            assertEquals(List.copyOf(regions), p.regions(), id);
            assertTrue(p.organisation().matches("Organisation ([1-9]\\d?|[1-4]\\d\\d|500)"), id);
            assertTrue(!p.published().isBefore(first) && p.published().isBefore(last), id);
            assertEquals(p.published().getYear(), p.year(), id);
            assertTrue(Set.of("PRACTICE", "EVIDENCE", "INITIATIVE", "TOOL", "REVIEW_INPUT").contains(p.kind()), id);
            if (p.kind().equals("REVIEW_INPUT")) {
                assertTrue(p.forum().matches("(imrf-2022|imrf-2026|(ece|eca|eclac|escap|escwa)-2024)"), id);
                assertTrue(Set.of("MEMBER_STATE", "STAKEHOLDER", "UN").contains(p.submitterType()), id);
                assertTrue(Set.of("LOCAL", "NATIONAL", "REGIONAL", "GLOBAL").contains(p.level()), id);
            } else {
                assertNull(p.forum(), id);
                assertNull(p.submitterType(), id);
                assertNull(p.level(), id);
            }
        }
    }

    @Test
    void objectivesCountriesAndKindsAreSkewedAsOnThePlatform() {
        List<SyntheticPractices.Practice> rows = rows(SyntheticPractices.SEED);
        long common = rows.stream().filter(p -> p.objectives().contains(6)).count();
        long rare = rows.stream().filter(p -> p.objectives().contains(5)).count();
        assertTrue(common > 2 * rare, common + " with objective 6, " + rare + " with objective 5");
        assertBetween(rows.stream().filter(p -> p.countries().isEmpty()).count(), 60, 140, "without a country");
        assertBetween(rows.stream().filter(p -> p.kind().equals("PRACTICE")).count(), 280, 390, "practices (3 in 9)");
        assertBetween(rows.stream().filter(p -> p.kind().equals("REVIEW_INPUT")).count(), 80, 150, "review inputs (1 in 9)");
    }

    @Test
    void regionsAreTheCountrysM49AncestorsBelowTheWorld() {
        assertEquals(List.of("014", "202", "002"), SyntheticPractices.regionsOf("KEN", REFERENCE));
        assertEquals(List.of("013", "419", "019"), SyntheticPractices.regionsOf("MEX", REFERENCE));
        assertEquals(List.of("021", "019"), SyntheticPractices.regionsOf("USA", REFERENCE));
        assertEquals(List.of("035", "142"), SyntheticPractices.regionsOf("PHL", REFERENCE));
    }

    @Test
    void theSeedGivesTheCatalogueOfTheServicesFormerGeneratorButForTheIds() {
        // The first practice that knowledge-platform's SyntheticCatalogue made with seed 42 (same draws, same order).
        SyntheticPractices.Practice p = rows(SyntheticPractices.SEED).get(0);
        assertEquals("INITIATIVE", p.kind());
        assertEquals("fr", p.language());
        assertEquals(Map.of("fr", "Plateforme régionale de formation professionnelle des migrants de retour"), p.titles());
        assertEquals(Map.of("fr", "Les employeurs se sont engagés à un recrutement sans frais. Les employeurs se sont engagés "
                + "à un recrutement sans frais."), p.summaries());
        assertEquals("Les données ont été ventilées par sexe et par âge. Les migrants ont reçu des conseils avant le départ. "
                + "Les employeurs se sont engagés à un recrutement sans frais. Les agents publics ont été formés.", p.body());
        assertEquals(List.of(23, 4), p.objectives());
        assertEquals(List.of("people-centred", "whole-of-government", "child-sensitive"), p.principles());
        assertEquals(List.of("PER"), p.countries());
        assertEquals(List.of("005", "419", "019"), p.regions());
        assertEquals("Organisation 213", p.organisation());
        assertEquals(Instant.parse("2025-08-08T19:41:17Z"), p.published().toInstant());
    }

    private static void assertBetween(long value, long low, long high, String what) {
        assertTrue(value >= low && value <= high, what + ": " + value + " not in [" + low + ", " + high + "]");
    }
}
