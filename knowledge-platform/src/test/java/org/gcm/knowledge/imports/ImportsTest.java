package org.gcm.knowledge.imports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gcm.knowledge.support.Practices;
import org.gcm.knowledge.support.Seeds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Bulk imports: background run with progress, per-row rejections, updates instead of duplicates, all or nothing on failure. */
@QuarkusTest
class ImportsTest {

    @jakarta.inject.Inject
    javax.sql.DataSource database;

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aCsvBatchIsImportedWithProvenanceAndImportingItAgainUpdatesWithoutDuplicates() {
        String marker = Seeds.marker();
        String csv = "sourceId,kind,originalLanguage,title_en,title_fr,summary_en,body,objectives,countries,organisations\r\n"
                + "pfp-1,PRACTICE,en,Diaspora bonds,Obligations de la diaspora,Bonds sold to the diaspora,\"Sold abroad, " + marker + "\",19;20,ETH,Ministry of Finance\r\n"
                + "pfp-2,INITIATIVE,en,Migrant help line,,A help line,\"Answers, " + marker + "\",7,KEN,\r\n"
                + "pfp-3,PRACTICE,en,No objectives,,Missing objectives,\"" + marker + "\",,KEN,\r\n";
        String source = "gfmd-pfp-" + marker;
        JsonPath first = finished(start(source, "text/csv", csv));
        assertTrue(first.getString("state").equals("SUCCEEDED"), first.prettify());
        org.junit.jupiter.api.Assertions.assertEquals(2, first.getInt("created"));
        org.junit.jupiter.api.Assertions.assertEquals(1, first.getInt("rejected"));
        org.junit.jupiter.api.Assertions.assertEquals(3, first.getInt("rejections[0].row"));
        org.junit.jupiter.api.Assertions.assertEquals("objectives", first.getString("rejections[0].field"));
        org.junit.jupiter.api.Assertions.assertEquals("pfp-3", first.getString("rejections[0].sourceId"));

        String id = given().queryParam("q", marker).when().get("/practices")
                .then().statusCode(200).body("total", equalTo(2)).extract().path("items.find { it.kind == 'PRACTICE' }.id");
        given().when().get("/practices/" + id).then()
                .body("provenance.source", equalTo(source))
                .body("provenance.sourceId", equalTo("pfp-1"))
                .body("provenance.retrievedAt", equalTo("2026-11-01T00:00:00Z"))
                .body("title.fr", equalTo("Obligations de la diaspora"))
                .body("status", equalTo("PUBLISHED"));

        JsonPath second = finished(start(source, "text/csv", csv.replace("Diaspora bonds", "Diaspora bonds (2026)")));
        org.junit.jupiter.api.Assertions.assertEquals(0, second.getInt("created"));
        org.junit.jupiter.api.Assertions.assertEquals(2, second.getInt("updated"));
        given().queryParam("q", marker).when().get("/practices").then().body("total", equalTo(2));
        given().when().get("/practices/" + id).then().body("title.en", equalTo("Diaspora bonds (2026)"));
    }

    @Test
    void aJsonBatchReportsEachRejectedRowWithItsReason() {
        String marker = Seeds.marker();
        List<Map<String, Object>> rows = List.of(
                row("j-1", marker, 6), row("j-1", marker, 7),
                Map.of("sourceId", "j-3", "kind", "SPEECH", "originalLanguage", "en", "title", Map.of("en", "x"),
                        "summary", Map.of("en", "x"), "objectives", List.of(1)),
                Map.of("kind", "PRACTICE", "originalLanguage", "en", "title", Map.of("en", "No source id " + marker),
                        "summary", Map.of("en", "x"), "objectives", List.of(1)));
        JsonPath report = finished(start("other-" + marker, "application/json", rows));
        org.junit.jupiter.api.Assertions.assertEquals(1, report.getInt("created"));
        org.junit.jupiter.api.Assertions.assertEquals(3, report.getInt("rejected"));
        assertTrue(report.getList("rejections.row").containsAll(List.of(2, 3, 4)), report.prettify());
        assertTrue(report.getList("rejections.field").containsAll(List.of("sourceId", "kind")), report.prettify());
    }

    @Test
    void aLongImportShowsItsProgressWhileItRuns() {
        String marker = Seeds.marker();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rows.add(row("bulk-" + i, marker, 1 + i % 23));
        }
        String location = java.net.URI.create(start("bulk-" + marker, "application/json", rows)).getPath();
        List<Integer> progress = new ArrayList<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonPath now = given().auth().oauth2(Practices.editor()).when().get(location).then().statusCode(200).extract().jsonPath();
            if (now.getString("state").equals("RUNNING")) {
                progress.add(now.getInt("rowsDone"));
            }
            org.junit.jupiter.api.Assertions.assertEquals(400, now.getInt("rowsTotal"));
            return now.getString("state").equals("SUCCEEDED");
        });
        assertTrue(progress.stream().anyMatch(done -> done > 0 && done < 400), "progress seen: " + progress);
        given().queryParam("q", marker).queryParam("limit", 1).when().get("/practices").then().body("total", equalTo(400));
    }

    @Test
    void aBatchThatFailsWhileWritingImportsNothing() throws Exception {
        String marker = Seeds.marker();
        String source = "failing-" + marker.toLowerCase();
        // Every value the content rules pass, the database takes (declared limits); so the database is made to
        // refuse the second row for this test only.
        sql("alter table practice add constraint refuses_f2 check (source is distinct from '" + source
                + "' or source_id <> 'f-2')");
        try {
            JsonPath report = finished(start(source, "application/json",
                    List.of(row("f-1", marker, 1), row("f-2", marker, 2), row("f-3", marker, 3))));
            org.junit.jupiter.api.Assertions.assertEquals("FAILED", report.getString("state"));
            assertTrue(report.getString("failure") != null);
        } finally {
            sql("alter table practice drop constraint refuses_f2");
        }
        given().queryParam("q", marker).when().get("/practices").then().body("total", equalTo(0));
    }

    private void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = database.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void onlyEditorsImport() {
        given().contentType("text/csv").body("sourceId\r\n").queryParam("source", "x").queryParam("retrievedAt", "2026-11-01T00:00:00Z")
                .when().post("/imports").then().statusCode(401);
        given().auth().oauth2(Practices.user("someone")).contentType("text/csv").body("sourceId\r\n")
                .queryParam("source", "x").queryParam("retrievedAt", "2026-11-01T00:00:00Z")
                .when().post("/imports").then().statusCode(403);
        given().auth().oauth2(Practices.reviewer("r", "UN")).when().get("/imports/" + java.util.UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(Practices.editor()).when().get("/imports/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Practices.editor()).contentType("text/csv").body("id,whatever\r\n1,2\r\n")
                .queryParam("source", "x").queryParam("retrievedAt", "2026-11-01T00:00:00Z")
                .when().post("/imports").then().statusCode(400).body("errors.field", hasItems("body"));
        given().auth().oauth2(Practices.editor()).contentType("text/csv").body("sourceId\r\n")
                .queryParam("source", "x").queryParam("retrievedAt", "yesterday")
                .when().post("/imports").then().statusCode(400).body("errors[0].field", equalTo("retrievedAt"));
    }

    private static Map<String, Object> row(String sourceId, String marker, int objective) {
        return Map.of("sourceId", sourceId, "kind", "PRACTICE", "originalLanguage", "en",
                "title", Map.of("en", "Imported practice " + sourceId), "summary", Map.of("en", "From another platform."),
                "body", "Imported. " + marker, "objectives", List.of(objective), "countries", List.of("GHA"));
    }

    private static String start(String source, String contentType, Object body) {
        var request = given().auth().oauth2(Practices.editor()).queryParam("source", source)
                .queryParam("retrievedAt", "2026-11-01T00:00:00Z");
        request = contentType.equals("text/csv") ? request.contentType("text/csv").body((String) body)
                : request.contentType(ContentType.JSON).body(body);
        return request.when().post("/imports").then().statusCode(201).body("state", equalTo("QUEUED"))
                .extract().header("Location");
    }

    private static JsonPath finished(String location) {
        String path = java.net.URI.create(location).getPath();
        await().atMost(PATIENCE).until(() -> List.of("SUCCEEDED", "FAILED").contains(
                given().auth().oauth2(Practices.editor()).when().get(path).then().extract().<String>path("state")));
        return given().auth().oauth2(Practices.editor()).when().get(path).then().statusCode(200).extract().jsonPath();
    }
}
