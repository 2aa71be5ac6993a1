package org.gcm.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.gcm.reference.M49Area;
import org.gcm.reference.ReferenceData;


/**
 * The synthetic catalogue that search is measured over: realistic, published, demo-marked practices. Original
 * language 55% English, 20% French, 17% Spanish, 3% Russian, 3% Arabic, 2% Chinese, and 30% of the others with an
 * English title and summary too; titles, summaries and bodies assembled from {@link PracticePhrases}; 1 to 3
 * objectives, 40% of the draws among the common ones (6, 7, 15, 21, 23); 0 to 3 guiding principles; 0 to 2 countries
 * with their M49 regions; kinds weighted towards practices; published between 2019 and 2026; review inputs with a
 * forum, a submitter type and a level. The same seed gives the same catalogue; {@link #SEED} gives the catalogue
 * that knowledge-platform's former SyntheticCatalogue made (same draws in the same order), except the ids, which
 * that one took from {@link UUID#randomUUID()} and which come here from a second seeded generator, so that the
 * catalogue is the same from run to run.
 * <p>
 * Building a row ({@link #next()}) is separate from writing it ({@link #insert}), so that the rows can be checked
 * without a database.
 */
final class SyntheticPractices {

    static final long SEED = 42;
    /** The {@code submitted_by} of every generated practice. */
    static final String SUBMITTER = "synthetic-catalogue";

    private static final int BATCH = 1000;
    private static final int PROGRESS_EVERY = 10_000;

    private static final String[] KINDS = {"PRACTICE", "PRACTICE", "PRACTICE", "EVIDENCE", "EVIDENCE", "INITIATIVE",
            "INITIATIVE", "TOOL", "REVIEW_INPUT"};
    private static final String[] PRINCIPLES = {"people-centred", "international-cooperation", "national-sovereignty",
            "rule-of-law", "sustainable-development", "human-rights", "gender-responsive", "child-sensitive",
            "whole-of-government", "whole-of-society"};
    static final String[] COUNTRIES = {"KEN", "ETH", "NGA", "GHA", "SEN", "MLI", "NER", "MAR", "TUN", "EGY", "ZAF", "ZWE",
            "UGA", "SOM", "SDN", "MEX", "GTM", "HND", "SLV", "COL", "VEN", "ECU", "PER", "CHL", "ARG", "BRA", "USA", "CAN", "PHL",
            "IDN", "MYS", "THA", "VNM", "BGD", "NPL", "IND", "PAK", "AFG", "LKA", "JOR", "LBN", "SYR", "IRQ", "TUR", "ARE", "SAU",
            "QAT", "DEU", "FRA", "ITA", "ESP", "GRC", "SWE", "GBR", "UKR", "MDA", "KGZ", "TJK", "UZB", "FJI", "PNG", "AUS"};
    /** Some objectives are far more common than others, as on the real platform. */
    private static final Integer[] COMMON_OBJECTIVES = {6, 7, 15, 21, 23};
    private static final String[] FORUMS = {"imrf-2022", "imrf-2026", "ece-2024", "eca-2024", "eclac-2024", "escap-2024",
            "escwa-2024"};
    private static final String[] SUBMITTER_TYPES = {"MEMBER_STATE", "STAKEHOLDER", "UN"};
    private static final String[] LEVELS = {"LOCAL", "NATIONAL", "REGIONAL", "GLOBAL"};
    private static final Instant FIRST_PUBLICATION = Instant.parse("2019-01-01T00:00:00Z");

    /**
     * One row of knowledge-platform's {@code practice} table, less the columns every generated row has alike. The
     * row is created, updated and published at {@code published}; {@code forum}, {@code submitterType} and {@code
     * level} are set for review inputs only.
     */
    record Practice(UUID id, String kind, String language, Map<String, String> titles, Map<String, String> summaries,
            List<String> languages, String body, List<Integer> objectives, List<String> principles, List<String> countries,
            List<String> regions, String organisation, OffsetDateTime published, String forum, String submitterType,
            String level) {

        int year() {
            return published.getYear();
        }
    }

    private final Random random;
    /** Apart from {@link #random}, so that the ids take nothing from the draws of the content. */
    private final Random ids;
    private final Map<String, List<String>> regionsByCountry = new LinkedHashMap<>();

    SyntheticPractices(long seed, ReferenceData reference) {
        this.random = new Random(seed);
        this.ids = new Random(~seed);
        for (String country : COUNTRIES) {
            regionsByCountry.put(country, regionsOf(country, reference));
        }
    }

    /**
     * The M49 codes of a country's intermediate region, subregion and region, from the nearest up, without the world:
     * what knowledge-platform's Geography answers and stores in {@code practice.regions} (KEN: 014, 202, 002).
     */
    static List<String> regionsOf(String iso3, ReferenceData reference) {
        reference.country(iso3).orElseThrow(() -> new IllegalArgumentException("Not an M49 country: " + iso3));
        return reference.areasAbove(iso3).stream().map(M49Area::code).toList();
    }

    /** The next practice of the catalogue. */
    Practice next() {
        double l = random.nextDouble();
        String language = l < 0.55 ? "en" : l < 0.75 ? "fr" : l < 0.92 ? "es" : l < 0.95 ? "ru" : l < 0.98 ? "ar" : "zh";
        PracticePhrases.Phrases phrases = PracticePhrases.of(language);
        String title = title(phrases);
        StringBuilder body = new StringBuilder();
        // The bound is drawn again at each test, as the former generator did: keep it, it sets the bodies' lengths.
        for (int s = 0; s < 4 + random.nextInt(6); s++) {
            body.append(pick(phrases.sentences())).append(' ');
        }
        String summary = pick(phrases.sentences()) + " " + pick(phrases.sentences());
        Map<String, String> titles = new LinkedHashMap<>(Map.of(language, title));
        Map<String, String> summaries = new LinkedHashMap<>(Map.of(language, summary));
        if (!language.equals("en") && random.nextDouble() < 0.3) {
            PracticePhrases.Phrases english = PracticePhrases.of("en");
            titles.put("en", title(english));
            summaries.put("en", pick(english.sentences()));
        }
        Set<Integer> objectives = new LinkedHashSet<>();
        int n = 1 + random.nextInt(3);
        while (objectives.size() < n) {
            objectives.add(random.nextDouble() < 0.4 ? pick(COMMON_OBJECTIVES) : 1 + random.nextInt(23));
        }
        Set<String> principles = new LinkedHashSet<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            principles.add(pick(PRINCIPLES));
        }
        Set<String> countries = new LinkedHashSet<>();
        for (int k = random.nextDouble() < 0.1 ? 0 : 1 + random.nextInt(2); k > 0; k--) {
            countries.add(pick(COUNTRIES));
        }
        Set<String> regions = new LinkedHashSet<>();
        countries.forEach(c -> regions.addAll(regionsByCountry.get(c)));
        String kind = pick(KINDS);
        OffsetDateTime published = FIRST_PUBLICATION.plusSeconds((long) (random.nextDouble() * 8 * 365 * 86400))
                .atOffset(ZoneOffset.UTC);
        String organisation = "Organisation " + (1 + random.nextInt(500));
        boolean input = kind.equals("REVIEW_INPUT");
        String forum = input ? pick(FORUMS) : null;
        String submitterType = input ? pick(SUBMITTER_TYPES) : null;
        String level = input ? pick(LEVELS) : null;
        return new Practice(nextId(), kind, language, titles, summaries, titles.keySet().stream().sorted().toList(),
                body.toString().strip(), List.copyOf(objectives), List.copyOf(principles), List.copyOf(countries),
                List.copyOf(regions), organisation, published, forum, submitterType, level);
    }

    private String title(PracticePhrases.Phrases phrases) {
        return pick(phrases.openings()) + " " + pick(phrases.subjects()) + " " + pick(phrases.audiences());
    }

    /** A version 4 (random) UUID, like the service's ids, but from the seeded generator. */
    private UUID nextId() {
        long high = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long low = (ids.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Writes {@code count} generated practices into knowledge-platform's {@code practice} table, in batches of 1,000
     * committed one by one, then refreshes the table's planner statistics (the search's plan depends on them).
     * Straight into the table, behind the service's back (no PracticePublished event, no history row, as the former
     * generator did): this is benchmark tooling, and the bench owns the stack it writes to and all its data (fresh
     * for every run, thrown away after it). Only the columns the service's own generator wrote are written; the
     * others keep their defaults or null, and the generated search columns are computed by PostgreSQL.
     */
    static void insert(Database database, int count, Consumer<String> progress) throws SQLException {
        long started = System.nanoTime();
        SyntheticPractices catalogue = new SyntheticPractices(SEED, ReferenceData.load());
        String sql = "insert into practice (id, kind, status, original_language, titles, summaries, languages, body,"
                + " objectives, principles, countries, regions, organisations, partners, links, submitted_by, demo,"
                + " created_at, updated_at, published_at, year, version, forum, submitter_type, level, licence)"
                + " values (?, ?, 'PUBLISHED', ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, '{}', '{}', '" + SUBMITTER + "', true,"
                + " ?, ?, ?, ?, 0, ?, ?, ?, 'CC-BY-4.0')";
        try (Connection connection = database.of("knowledge_platform")) {
            new GeneratedRows<Practice>(sql, BATCH, true).write(connection, count, catalogue::next, (p, row) -> row
                    .value(p.id()).value(p.kind()).value(p.language()).json(p.titles()).json(p.summaries())
                    .array("text", p.languages().toArray()).value(p.body())
                    .array("integer", p.objectives().toArray()).array("text", p.principles().toArray())
                    .array("text", p.countries().toArray()).array("text", p.regions().toArray())
                    .array("text", new String[] {p.organisation()})
                    .value(p.published()).value(p.published()).value(p.published()).value(p.year())
                    .value(p.forum()).value(p.submitterType()).value(p.level()), written -> {
                        if (written % PROGRESS_EVERY == 0 && written < count) {
                            progress.accept(String.format(Locale.ROOT, "%,d of %,d practices written", written, count));
                        }
                    });
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze practice");
            }
            connection.commit();
        }
        progress.accept(String.format(Locale.ROOT, "%,d practices written into knowledge-platform's database in %.0f s",
                count, (System.nanoTime() - started) / 1e9));
    }
}
