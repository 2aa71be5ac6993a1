package org.gcm.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;


/**
 * The synthetic partner registry that the ranking is measured over: partners {@code PRT-GEN-00001}, {@code
 * PRT-GEN-00002}, ..., marked demo, each with 1 to 6 objectives of expertise (level 1 to 5, 0 to 29 years), 1 to 30
 * countries, 1 to 4 working languages, capacity 0 to 20 with some of it engaged, 0 to 14 completed engagements;
 * 10% are UN entities and 90% are verified. The same seed gives the same registry; {@link #SEED} gives the registry
 * that connection-hub's former PartnerGenerator made (same draws in the same order).
 * <p>
 * Building a row ({@link #next()}) is separate from writing it ({@link #insert}), so that the rows can be checked
 * without a database.
 */
final class SyntheticPartners {

    static final long SEED = 43;

    private static final int BATCH = 500;
    private static final String[] LANGUAGES = {"en", "fr", "es", "ar", "ru", "zh", "pt", "sw", "hi", "tr"};
    /** IATI organisation types: 21-23 NGOs, 40 multilateral, 60 foundation, 70 private sector, 80 academic, 90 other. */
    private static final int[] TYPES = {21, 22, 23, 40, 60, 70, 80, 90};

    /** One objective of a partner's expertise, as connection-hub stores it (its record Expertise, as JSON). */
    record Expertise(int objective, int level, Integer years) {
    }

    /** One row of connection-hub's {@code partner} table, less the columns every generated row has alike. */
    record Partner(String id, String name, String acronym, boolean unEntity, int organisationType,
            List<Expertise> expertise, List<String> countries, List<String> languages, int capacity,
            int activeEngagements, int completedEngagements, String verification) {
    }

    private final Random random;
    /** ISO 3166-1 alpha-3 codes as the JDK lists them, less Antarctica, sorted. */
    private final List<String> countries;
    private int made;

    SyntheticPartners(long seed) {
        this.random = new Random(seed);
        List<String> codes = new ArrayList<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.remove("ATA");
        codes.sort(null);
        this.countries = List.copyOf(codes);
    }

    /** The next partner of the registry. */
    Partner next() {
        int i = ++made;
        boolean unEntity = random.nextInt(10) == 0;
        int organisationType = TYPES[random.nextInt(TYPES.length)];
        List<Expertise> expertise = new ArrayList<>();
        for (int objective : pick(1 + random.nextInt(6), 23)) {
            expertise.add(new Expertise(objective, 1 + random.nextInt(5), random.nextInt(30)));
        }
        List<String> where = pick(1 + random.nextInt(30), countries.size()).stream().map(n -> countries.get(n - 1))
                .sorted().toList();
        List<String> languages = pick(1 + random.nextInt(4), LANGUAGES.length).stream().map(n -> LANGUAGES[n - 1]).toList();
        int capacity = random.nextInt(21);
        int active = capacity == 0 ? 0 : random.nextInt(capacity + 1);
        int completed = random.nextInt(15);
        String verification = random.nextInt(10) == 0 ? "UNVERIFIED" : "VERIFIED";
        return new Partner(String.format(Locale.ROOT, "PRT-GEN-%05d", i), "Generated partner " + i, "GEN" + i, unEntity,
                organisationType, List.copyOf(expertise), where, languages, capacity, active, completed, verification);
    }

    /** {@code n} distinct numbers from 1 to {@code max}, in order. */
    private TreeSet<Integer> pick(int n, int max) {
        TreeSet<Integer> picked = new TreeSet<>();
        while (picked.size() < Math.min(n, max)) {
            picked.add(1 + random.nextInt(max));
        }
        return picked;
    }

    /**
     * Writes {@code count} generated partners into connection-hub's {@code partner} table, in one transaction: all or
     * none. Straight into the table, behind the service's back: this is benchmark tooling, and the bench owns the
     * stack it writes to and all its data (fresh for every run, thrown away after it). The rows carry exactly the
     * columns the service's own generator wrote (website stays null, version 0 as for a new entity, both times now).
     * The hub does not see these rows in its ranking snapshot until it reads its registry again: the caller restarts it.
     */
    static void insert(Database database, int count, Consumer<String> progress) throws SQLException {
        long started = System.nanoTime();
        SyntheticPartners registry = new SyntheticPartners(SEED);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String sql = "insert into partner (id, name, acronym, un_entity, organisation_type, expertise, countries, languages,"
                + " capacity, active_engagements, completed_engagements, verification, demo, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, true, ?, ?, 0)";
        try (Connection connection = database.of("connection_hub")) {
            new GeneratedRows<Partner>(sql, BATCH, false).write(connection, count, registry::next, (p, row) -> row
                    .value(p.id()).value(p.name()).value(p.acronym()).value(p.unEntity()).value(p.organisationType())
                    .json(p.expertise()).json(p.countries()).json(p.languages())
                    .value(p.capacity()).value(p.activeEngagements()).value(p.completedEngagements())
                    .value(p.verification()).value(now).value(now), written -> {
                    });
        }
        progress.accept(String.format(Locale.ROOT, "%,d partners PRT-GEN-* written into connection-hub's database in %.1f s",
                count, (System.nanoTime() - started) / 1e9));
    }
}
