package org.gcm.knowledge.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.gcm.knowledge.config.KnowledgeConfig;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Generates a large catalogue of realistic, published, demo-marked practices straight into the database (JDBC
 * batches, bypassing the service layer and its events) to measure search at scale. Languages, objectives,
 * principles, countries, kinds and years follow plausible distributions; texts are assembled from phrase lists
 * in English, French and Spanish (most items), with some Russian, Arabic and Chinese. Not exposed by any
 * endpoint: the latency measurement (src/test, SearchLatencyMeasurement) calls it, and with
 * {@code knowledge.demo-data.synthetic-practices} set it fills the catalogue once in the background after start-up.
 */
@ApplicationScoped
public class SyntheticCatalogue {

    private static final Logger LOG = Logger.getLogger(SyntheticCatalogue.class);
    private static final int BATCH = 1000;

    private static final String[] KINDS = {"PRACTICE", "PRACTICE", "PRACTICE", "EVIDENCE", "EVIDENCE", "INITIATIVE", "INITIATIVE", "TOOL", "REVIEW_INPUT"};
    private static final String[] PRINCIPLES = {"people-centred", "international-cooperation", "national-sovereignty", "rule-of-law",
            "sustainable-development", "human-rights", "gender-responsive", "child-sensitive", "whole-of-government", "whole-of-society"};
    private static final String[] COUNTRIES = {"KEN", "ETH", "NGA", "GHA", "SEN", "MLI", "NER", "MAR", "TUN", "EGY", "ZAF", "ZWE",
            "UGA", "SOM", "SDN", "MEX", "GTM", "HND", "SLV", "COL", "VEN", "ECU", "PER", "CHL", "ARG", "BRA", "USA", "CAN", "PHL",
            "IDN", "MYS", "THA", "VNM", "BGD", "NPL", "IND", "PAK", "AFG", "LKA", "JOR", "LBN", "SYR", "IRQ", "TUR", "ARE", "SAU",
            "QAT", "DEU", "FRA", "ITA", "ESP", "GRC", "SWE", "GBR", "UKR", "MDA", "KGZ", "TJK", "UZB", "FJI", "PNG", "AUS"};

    private static final Map<String, String[][]> PHRASES = Map.of(
            "en", new String[][] {
                    {"Community-based", "National", "Municipal", "Regional", "Digital", "Gender-responsive", "Rights-based", "Cross-border"},
                    {"reintegration programme", "recruitment monitoring", "information centres", "skills partnership", "data platform",
                            "legal aid service", "remittance scheme", "health outreach", "labour mobility agreement", "consular assistance"},
                    {"for returning migrants", "for migrant workers", "for unaccompanied children", "for women domestic workers",
                            "for displaced families", "for seasonal workers", "for diaspora investors", "for victims of trafficking"},
                    {"The project trained officials and social workers.", "Migrants received counselling before departure.",
                            "Employers committed to fair recruitment without fees.", "Local authorities coordinated services in one place.",
                            "A hotline answered complaints and referred cases.", "Data were disaggregated by sex, age and migratory status.",
                            "Remittances were channelled into savings and housing.", "Children were referred to guardianship within days.",
                            "Evaluation showed better access to decent work.", "Climate-related displacement was addressed through planned relocation."}},
            "fr", new String[][] {
                    {"Dispositif communautaire de", "Programme national de", "Service municipal de", "Plateforme régionale de", "Initiative numérique de"},
                    {"réintégration", "protection", "formation professionnelle", "transfert de fonds", "recrutement équitable", "accès aux soins"},
                    {"des migrants de retour", "des travailleurs migrants", "des enfants non accompagnés", "des travailleuses domestiques",
                            "des familles déplacées", "des travailleurs saisonniers"},
                    {"Les agents publics ont été formés.", "Les migrants ont reçu des conseils avant le départ.",
                            "Les employeurs se sont engagés à un recrutement sans frais.", "Les collectivités locales ont coordonné les services.",
                            "Une ligne d'assistance a traité les plaintes.", "Les données ont été ventilées par sexe et par âge."}},
            "es", new String[][] {
                    {"Programa comunitario de", "Estrategia nacional de", "Servicio municipal de", "Plataforma regional de", "Iniciativa digital de"},
                    {"reintegración", "protección", "formación profesional", "remesas", "contratación equitativa", "acceso a la salud"},
                    {"para personas migrantes retornadas", "para trabajadores migrantes", "para niñas y niños no acompañados",
                            "para trabajadoras domésticas", "para familias desplazadas", "para trabajadores temporales"},
                    {"Se capacitó a funcionarios y trabajadores sociales.", "Las personas migrantes recibieron orientación antes de partir.",
                            "Los empleadores se comprometieron con la contratación sin comisiones.", "Las autoridades locales coordinaron los servicios.",
                            "Una línea de ayuda atendió denuncias.", "Los datos se desagregaron por sexo y edad."}},
            "ru", new String[][] {
                    {"Национальная программа", "Региональная инициатива", "Муниципальная служба"},
                    {"реинтеграции", "защиты", "профессиональной подготовки", "денежных переводов"},
                    {"трудовых мигрантов", "возвращающихся мигрантов", "несопровождаемых детей"},
                    {"Были обучены социальные работники.", "Мигранты получили консультации до отъезда.", "Работодатели обязались не взимать сборы."}},
            "ar", new String[][] {
                    {"برنامج وطني", "مبادرة إقليمية", "خدمة بلدية"},
                    {"لإعادة إدماج", "لحماية", "لتدريب", "للتحويلات المالية"},
                    {"العمال المهاجرين", "المهاجرين العائدين", "الأطفال غير المصحوبين"},
                    {"تم تدريب الأخصائيين الاجتماعيين.", "تلقى المهاجرون المشورة قبل المغادرة.", "التزم أصحاب العمل بالتوظيف العادل."}},
            "zh", new String[][] {
                    {"国家", "区域", "社区"},
                    {"重返社会方案", "保护服务", "技能培训", "汇款计划"},
                    {"面向移徙工人", "面向返回移民", "面向无人陪伴儿童"},
                    {"培训了社会工作者。", "移民在出发前获得了咨询。", "雇主承诺公平招聘。"}});

    private static final String SUBMITTER = "synthetic-catalogue";
    private static final long SEED = 42;

    private final DataSource dataSource;
    private final Geography geography;
    private final ObjectMapper json;

    public SyntheticCatalogue(DataSource dataSource, Geography geography, ObjectMapper json) {
        this.dataSource = dataSource;
        this.geography = geography;
        this.json = json;
    }

    /** After the demo catalogue (default priority): that one loads only when no practice exists. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent start, KnowledgeConfig config) {
        int wanted = config.demoData().syntheticPractices();
        if (wanted <= 0) {
            return;
        }
        // In the background: readiness must not wait for the inserts; progress goes to the log.
        Thread generation = new Thread(() -> generateOnce(wanted), "synthetic-catalogue");
        generation.setDaemon(true);
        generation.start();
    }

    private void generateOnce(int wanted) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement existing = connection.prepareStatement("select exists (select 1 from practice where submitted_by = ?)")) {
            existing.setString(1, SUBMITTER);
            try (var result = existing.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    LOG.info("Synthetic catalogue not generated: generated practices exist already");
                    return;
                }
            }
        } catch (SQLException e) {
            LOG.error("Synthetic catalogue: cannot tell whether it exists; nothing generated", e);
            return;
        }
        try {
            generate(wanted, SEED);
        } catch (RuntimeException e) {
            LOG.error("Synthetic catalogue: generation failed", e);
        }
    }

    /** Inserts {@code count} published practices; the same seed gives the same catalogue. */
    public void generate(int count, long seed) {
        Random random = new Random(seed);
        long started = System.nanoTime();
        String sql = "insert into practice (id, kind, status, original_language, titles, summaries, languages, body, objectives,"
                + " principles, countries, regions, organisations, partners, links, submitted_by, demo, created_at, updated_at,"
                + " published_at, year, version, forum, submitter_type, level, licence)"
                + " values (?, ?, 'PUBLISHED', ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, '{}', '{}', '" + SUBMITTER + "', true,"
                + " ?, ?, ?, ?, 0, ?, ?, ?, 'CC-BY-4.0')";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 1; i <= count; i++) {
                    bind(connection, insert, random);
                    insert.addBatch();
                    if (i % BATCH == 0 || i == count) {
                        insert.executeBatch();
                        connection.commit();
                    }
                    if (i % 10_000 == 0) {
                        LOG.infof("Synthetic catalogue: %d of %d practices", i, count);
                    }
                }
            }
            connection.createStatement().execute("analyze practice");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot generate the synthetic catalogue", e);
        }
        LOG.infof("Synthetic catalogue of %d practices generated in %d s", count, (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void bind(Connection connection, PreparedStatement insert, Random random) throws SQLException {
        double l = random.nextDouble();
        String language = l < 0.55 ? "en" : l < 0.75 ? "fr" : l < 0.92 ? "es" : l < 0.95 ? "ru" : l < 0.98 ? "ar" : "zh";
        String[][] p = PHRASES.get(language);
        String title = pick(p[0], random) + " " + pick(p[1], random) + " " + pick(p[2], random);
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 4 + random.nextInt(6); s++) {
            body.append(pick(p[3], random)).append(' ');
        }
        String summary = pick(p[3], random) + " " + pick(p[3], random);
        Map<String, String> titles = new java.util.LinkedHashMap<>(Map.of(language, title));
        Map<String, String> summaries = new java.util.LinkedHashMap<>(Map.of(language, summary));
        if (!language.equals("en") && random.nextDouble() < 0.3) {
            String[][] en = PHRASES.get("en");
            titles.put("en", pick(en[0], random) + " " + pick(en[1], random) + " " + pick(en[2], random));
            summaries.put("en", pick(en[3], random));
        }
        Set<Integer> objectives = new LinkedHashSet<>();
        int n = 1 + random.nextInt(3);
        while (objectives.size() < n) {
            // Some objectives are far more common than others, as on the real platform.
            objectives.add(random.nextDouble() < 0.4 ? pick(new Integer[] {6, 7, 15, 21, 23}, random) : 1 + random.nextInt(23));
        }
        Set<String> principles = new LinkedHashSet<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            principles.add(pick(PRINCIPLES, random));
        }
        Set<String> countries = new LinkedHashSet<>();
        for (int k = random.nextDouble() < 0.1 ? 0 : 1 + random.nextInt(2); k > 0; k--) {
            countries.add(pick(COUNTRIES, random));
        }
        Set<String> regions = new LinkedHashSet<>();
        countries.forEach(c -> regions.addAll(geography.regionsOf(c)));
        String kind = pick(KINDS, random);
        OffsetDateTime published = Instant.parse("2019-01-01T00:00:00Z").plusSeconds((long) (random.nextDouble() * 8 * 365 * 86400))
                .atOffset(ZoneOffset.UTC);
        int c = 1;
        insert.setObject(c++, UUID.randomUUID());
        insert.setString(c++, kind);
        insert.setString(c++, language);
        insert.setString(c++, toJson(titles));
        insert.setString(c++, toJson(summaries));
        insert.setArray(c++, connection.createArrayOf("text", new LinkedHashSet<>(titles.keySet()).stream().sorted().toArray()));
        insert.setString(c++, body.toString().strip());
        insert.setArray(c++, connection.createArrayOf("integer", objectives.toArray()));
        insert.setArray(c++, connection.createArrayOf("text", principles.toArray()));
        insert.setArray(c++, connection.createArrayOf("text", countries.toArray()));
        insert.setArray(c++, connection.createArrayOf("text", regions.toArray()));
        insert.setArray(c++, connection.createArrayOf("text", new String[] {"Organisation " + (1 + random.nextInt(500))}));
        insert.setTimestamp(c++, Timestamp.from(published.toInstant()));
        insert.setTimestamp(c++, Timestamp.from(published.toInstant()));
        insert.setTimestamp(c++, Timestamp.from(published.toInstant()));
        insert.setInt(c++, published.getYear());
        boolean input = kind.equals("REVIEW_INPUT");
        insert.setString(c++, input ? pick(new String[] {"imrf-2022", "imrf-2026", "ece-2024", "eca-2024", "eclac-2024", "escap-2024", "escwa-2024"}, random) : null);
        insert.setString(c++, input ? pick(new String[] {"MEMBER_STATE", "STAKEHOLDER", "UN"}, random) : null);
        insert.setString(c++, input ? pick(new String[] {"LOCAL", "NATIONAL", "REGIONAL", "GLOBAL"}, random) : null);
    }

    private String toJson(Map<String, String> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

}
