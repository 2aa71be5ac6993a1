package org.gcm.knowledge.measure;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.gcm.knowledge.repository.PracticeSearch;
import org.gcm.knowledge.repository.SearchCriteria;
import org.gcm.knowledge.service.SyntheticCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test (it runs only when the system property measure.size is set): a measurement run once by hand,
 * {@code ./mvnw -pl knowledge-platform verify -Dtest=SearchLatencyMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmeasure.size=100000}. It generates the synthetic catalogue into the test PostgreSQL, then times
 * anonymous HTTP searches end to end (client side, one at a time) and writes the figures to
 * target/search-latency.txt. Nothing is asserted.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "measure.size", matches = "[0-9]+")
class SearchLatencyMeasurement {

    private static final String[] WORDS = {"migrant workers", "reintegration", "children", "remittance", "recruitment",
            "réintégration", "travailleurs migrants", "remesas", "contratación", "formación profesional", "health", "data",
            "\"legal aid\"", "skills partnership", "protection"};
    private static final String[][] FILTERS = {{"objective", "6"}, {"objective", "15"}, {"objective", "21"}, {"region", "002"},
            {"region", "419"}, {"region", "142"}, {"kind", "PRACTICE"}, {"kind", "EVIDENCE"}, {"year", "2024"}, {"year", "2021"},
            {"principle", "human-rights"}, {"principle", "gender-responsive"}, {"language", "en"}, {"language", "fr"}};
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    @Inject
    SyntheticCatalogue catalogue;

    @Inject
    PracticeSearch search;

    @TestHTTPResource("/practices")
    URL practices;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measure() throws Exception {
        int size = Integer.getInteger("measure.size", 100_000);
        long started = System.nanoTime();
        catalogue.generate(size, 42);
        long generationSeconds = (System.nanoTime() - started) / 1_000_000_000L;
        Random random = new Random(7);
        StringBuilder report = new StringBuilder("Search latency at " + size + " published practices (generated in "
                + generationSeconds + " s), anonymous HTTP GET /practices, sequential, client-side wall time\n");
        for (int i = 0; i < 50; i++) {
            get(query(random, true, 2));
        }
        report.append(run("q + 2 filters (the goal: p95 <= 30 ms)", random, 300, true, 2));
        report.append(run("q only", random, 100, true, 0));
        report.append(run("q + 1 filter", random, 100, true, 1));
        report.append(run("2 filters, no q (date order)", random, 100, false, 2));
        report.append(run("no q, no filter (the whole repository, facets over all)", random, 20, false, 0));
        report.append(deepCursor());
        report.append("\nPlan of q=\"migrant workers\"&objective=6&region=142:\n").append(search.explain(new SearchCriteria(
                "migrant workers", List.of(), List.of(), List.of(6), List.of(), List.of(), List.of("142"), List.of(), List.of(),
                null, List.of("PUBLISHED"), SearchCriteria.Viewer.ANONYMOUS, SearchCriteria.Sort.RELEVANCE, 20, 0, null)));
        System.out.println(report);
        Files.writeString(Path.of("target", "search-latency.txt"), report.toString());
    }

    private String run(String label, Random random, int count, boolean text, int filters) throws Exception {
        List<Double> millis = new ArrayList<>();
        long totals = 0;
        for (int i = 0; i < count; i++) {
            String query = query(random, text, filters);
            long t = System.nanoTime();
            String body = get(query);
            millis.add((System.nanoTime() - t) / 1e6);
            Matcher m = TOTAL.matcher(body);
            totals += m.find() ? Long.parseLong(m.group(1)) : 0;
        }
        return line(label, millis) + String.format(" (mean total %d)%n", totals / count);
    }

    private String deepCursor() throws Exception {
        List<Double> millis = new ArrayList<>();
        String cursor = null;
        String base = "?q=" + enc("migrant workers") + "&limit=50&sort=date";
        for (int page = 0; page < 100; page++) {
            long t = System.nanoTime();
            String body = get(base + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            millis.add((System.nanoTime() - t) / 1e6);
            Matcher m = CURSOR.matcher(body);
            if (!m.find()) {
                break;
            }
            cursor = m.group(1);
        }
        return line("cursor pages 1-" + millis.size() + " of 50 (q, date order)", millis) + "\n";
    }

    private static String line(String label, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("%-60s n=%4d  p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms  max=%6.1f ms", label, sorted.size(),
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String query(Random random, boolean text, int filters) {
        StringBuilder q = new StringBuilder("?limit=20");
        if (text) {
            q.append("&q=").append(enc(WORDS[random.nextInt(WORDS.length)]));
        }
        List<String> used = new ArrayList<>();
        while (used.size() < filters) {
            String[] f = FILTERS[random.nextInt(FILTERS.length)];
            if (!used.contains(f[0])) {
                used.add(f[0]);
                q.append('&').append(f[0]).append('=').append(enc(f[1]));
            }
        }
        return q.toString();
    }

    private String get(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(practices + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
