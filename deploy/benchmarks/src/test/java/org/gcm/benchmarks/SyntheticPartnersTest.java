package org.gcm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The generated partner registry, built into a list without a database. */
class SyntheticPartnersTest {

    private static final int ROWS = 1000;

    private static List<SyntheticPartners.Partner> rows(long seed) {
        SyntheticPartners registry = new SyntheticPartners(seed);
        List<SyntheticPartners.Partner> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(registry.next());
        }
        return rows;
    }

    @Test
    void idsNamesAndAcronymsFollowTheNumbering() {
        List<SyntheticPartners.Partner> rows = rows(SyntheticPartners.SEED);
        for (int i = 0; i < ROWS; i++) {
            SyntheticPartners.Partner p = rows.get(i);
            assertEquals(String.format(Locale.ROOT, "PRT-GEN-%05d", i + 1), p.id());
            assertEquals("Generated partner " + (i + 1), p.name());
            assertEquals("GEN" + (i + 1), p.acronym());
        }
        assertEquals("PRT-GEN-01000", rows.get(ROWS - 1).id());
    }

    @Test
    void everyFieldStaysInItsRange() {
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        Set<String> languages = Set.of("en", "fr", "es", "ar", "ru", "zh", "pt", "sw", "hi", "tr");
        for (SyntheticPartners.Partner p : rows(SyntheticPartners.SEED)) {
            assertTrue(Set.of(21, 22, 23, 40, 60, 70, 80, 90).contains(p.organisationType()), p.id());
            assertTrue(p.expertise().size() >= 1 && p.expertise().size() <= 6, p.id());
            int previous = 0;
            for (SyntheticPartners.Expertise e : p.expertise()) {
                assertTrue(e.objective() > previous && e.objective() <= 23, p.id() + " objectives distinct, in order");
                assertTrue(e.level() >= 1 && e.level() <= 5, p.id());
                assertTrue(e.years() >= 0 && e.years() <= 29, p.id());
                previous = e.objective();
            }
            assertTrue(p.countries().size() >= 1 && p.countries().size() <= 30, p.id());
            assertEquals(p.countries().stream().sorted().distinct().toList(), p.countries(), p.id() + " countries sorted, distinct");
            assertTrue(iso.containsAll(p.countries()) && !p.countries().contains("ATA"), p.id());
            assertTrue(p.languages().size() >= 1 && p.languages().size() <= 4, p.id());
            assertEquals(p.languages().size(), new HashSet<>(p.languages()).size(), p.id());
            assertTrue(languages.containsAll(p.languages()), p.id());
            assertTrue(p.capacity() >= 0 && p.capacity() <= 20, p.id());
            assertTrue(p.activeEngagements() >= 0 && p.activeEngagements() <= p.capacity(), p.id());
            assertTrue(p.completedEngagements() >= 0 && p.completedEngagements() <= 14, p.id());
            assertTrue(Set.of("VERIFIED", "UNVERIFIED").contains(p.verification()), p.id());
        }
    }

    @Test
    void nineInTenAreVerifiedAndOneInTenIsAUnEntity() {
        List<SyntheticPartners.Partner> rows = rows(SyntheticPartners.SEED);
        long verified = rows.stream().filter(p -> p.verification().equals("VERIFIED")).count();
        long un = rows.stream().filter(SyntheticPartners.Partner::unEntity).count();
        double capacity = rows.stream().mapToInt(SyntheticPartners.Partner::capacity).average().orElseThrow();
        assertTrue(verified >= 860 && verified <= 940, verified + " verified");
        assertTrue(un >= 70 && un <= 130, un + " UN entities");
        assertTrue(capacity >= 9 && capacity <= 11, capacity + " mean capacity");
    }

    @Test
    void theSeedGivesTheRegistryOfTheServicesFormerGenerator() {
        assertEquals(rows(SyntheticPartners.SEED), rows(SyntheticPartners.SEED));
        assertNotEquals(rows(SyntheticPartners.SEED), rows(SyntheticPartners.SEED + 1));
        // The first partner that connection-hub's PartnerGenerator made with seed 43 (same draws, same order).
        assertEquals(new SyntheticPartners.Partner("PRT-GEN-00001", "Generated partner 1", "GEN1", false, 23,
                List.of(new SyntheticPartners.Expertise(4, 2, 8), new SyntheticPartners.Expertise(16, 2, 1)),
                List.of("BLM", "BOL", "COG", "FLK", "FSM", "GGY", "MDV"), List.of("en", "zh", "hi"), 19, 13, 0, "VERIFIED"),
                rows(SyntheticPartners.SEED).get(0));
    }

    @Test
    void expertiseIsWrittenAsTheHubReadsIt() throws Exception {
        // connection-hub maps the jsonb column to its record Expertise(objective, level, years).
        assertEquals("[{\"objective\":4,\"level\":2,\"years\":8},{\"objective\":16,\"level\":2,\"years\":1}]",
                new ObjectMapper().writeValueAsString(rows(SyntheticPartners.SEED).get(0).expertise()));
    }
}
