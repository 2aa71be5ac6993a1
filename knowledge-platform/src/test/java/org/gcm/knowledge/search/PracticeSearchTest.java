package org.gcm.knowledge.search;

import static io.restassured.RestAssured.given;
import static org.gcm.knowledge.support.Seeds.practice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.service.DirectPublication;
import org.gcm.knowledge.support.Practices;
import org.gcm.knowledge.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Multilingual full-text search with facets, exact totals, relevance and date order, offset and cursor paging. */
@QuarkusTest
class PracticeSearchTest {

    private static String marker;
    private static List<String> ids;

    @Inject
    DirectPublication publication;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seedOnce() {
        if (marker != null) {
            return;
        }
        marker = Seeds.marker();
        ids = Seeds.publish(publication, List.of(
                practice(Kind.PRACTICE, "en", "Protecting migrant workers in agriculture", "Inspections of farms.",
                        "Labour inspectors visit farms. " + marker, List.of(6), List.of("ESP")),
                practice(Kind.EVIDENCE, "en", "Remittance corridors", "Costs of sending money home by migrant families.",
                        "A survey. " + marker, List.of(20), List.of("KEN")),
                practice(Kind.TOOL, "en", "Data checklist", "Disaggregating surveys.", "For statistics offices. " + marker,
                        List.of(1), List.of()),
                practice(Kind.PRACTICE, "fr", "Protection des travailleurs saisonniers", "Des inspections conjointes.",
                        "Les inspecteurs du travail. " + marker, List.of(6, 22), List.of("FRA", "MAR")),
                practice(Kind.INITIATIVE, "fr", "Réseau des villes accueillantes", "Des municipalités qui échangent.",
                        "Les villes membres. " + marker, List.of(16), List.of("SEN")),
                practice(Kind.PRACTICE, "es", "Ventanilla única para trabajadoras migrantes", "Orientación laboral.",
                        "Certificación de competencias. " + marker, List.of(6, 16), List.of("COL")),
                practice(Kind.PRACTICE, "es", "Acceso a la salud", "Atención primaria para personas migrantes.",
                        "Centros de salud. " + marker, List.of(15), List.of("ARG"))));
    }

    @Test
    void postgresHasTheLanguageConfigurationsTheSearchUses() throws Exception {
        Set<String> configurations = new HashSet<>();
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement().executeQuery("select cfgname from pg_ts_config")) {
            while (rows.next()) {
                configurations.add(rows.getString(1));
            }
        }
        assertTrue(configurations.containsAll(List.of("english", "french", "spanish", "russian", "arabic", "simple")), configurations.toString());
    }

    @Test
    void anonymousSearchAnswersAnExactTotalAndFacetCounts() {
        given().queryParam("q", marker).when().get("/practices")
                .then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.size()", equalTo(7))
                .body("facets.objective.find { it.value == '6' }.count", equalTo(3))
                .body("facets.objective.find { it.value == '16' }.count", equalTo(2))
                .body("facets.kind.find { it.value == 'PRACTICE' }.count", equalTo(4))
                .body("facets.language.find { it.value == 'fr' }.count", equalTo(2))
                .body("facets.country.find { it.value == 'MAR' }.count", equalTo(1))
                .body("facets.region.find { it.value == '002' }.count", equalTo(3))
                .body("facets.year[0].count", equalTo(7))
                .body("facets.principle.find { it.value == 'human-rights' }.count", equalTo(7));
    }

    @Test
    void wordsAreStemmedInEachLanguage() {
        // English: "protect" and "worker" find "Protecting migrant workers".
        given().queryParam("q", marker + " protect worker").when().get("/practices")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(ids.get(0)));
        // French: "travailleur saisonnier" finds "travailleurs saisonniers".
        given().queryParam("q", marker + " travailleur saisonnier").when().get("/practices")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(ids.get(3)));
        // Spanish: "trabajadora" finds "trabajadoras".
        given().queryParam("q", marker + " trabajadora").when().get("/practices")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(ids.get(5)));
        // Restricted to French, an English word finds nothing.
        given().queryParam("q", marker + " remittances").queryParam("lang", "fr").when().get("/practices")
                .then().body("total", equalTo(0));
        given().queryParam("q", marker + " remittances").queryParam("lang", "en").when().get("/practices")
                .then().body("total", equalTo(1));
    }

    @Test
    void resultsAreRankedByRelevance() {
        // "migrant" is in a title (weight A) of the first, in a summary (B) of the second.
        given().queryParam("q", marker + " migrant").queryParam("lang", "en").when().get("/practices")
                .then().body("total", equalTo(2))
                .body("items.id", contains(ids.get(0), ids.get(1)))
                .body("items[0].score", greaterThan(0f));
    }

    @Test
    void filtersCombineAcrossFacetsAndAlternateWithinOne() {
        given().queryParam("q", marker).queryParam("objective", 6).queryParam("kind", "PRACTICE")
                .when().get("/practices")
                .then().body("total", equalTo(3)).body("items.kind", everyItem(equalTo("PRACTICE")));
        given().queryParam("q", marker).queryParam("country", "KEN", "ARG").when().get("/practices")
                .then().body("total", equalTo(2)).body("items.id", containsInAnyOrder(ids.get(1), ids.get(6)));
        given().queryParam("q", marker).queryParam("language", "es").queryParam("objective", 16).when().get("/practices")
                .then().body("total", equalTo(1));
    }

    @Test
    void deepPagesFollowTheCursorWithoutGapsOrRepeats() {
        for (String sort : List.of("relevance", "date")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = given().queryParam("q", marker).queryParam("limit", 3).queryParam("sort", sort);
                if (cursor != null) {
                    request = request.queryParam("cursor", cursor);
                }
                JsonPath page = request.when().get("/practices").then().statusCode(200).body("total", equalTo(7))
                        .extract().jsonPath();
                seen.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(7, seen.size(), sort);
            assertEquals(7, new HashSet<>(seen).size(), sort);
        }
        given().queryParam("q", marker).queryParam("limit", 3).queryParam("offset", 6).when().get("/practices")
                .then().body("items.size()", equalTo(1)).body("nextCursor", nullValue());
    }

    @Test
    void anonymousCallersSeeOnlyPublishedItemsAndSubmittersTheirOwnDrafts() {
        String submitter = Practices.user(Practices.someone("submitter"));
        String draft = Practices.create(submitter, Practices.content("en", "Draft about " + marker, "Not yet public.", 6));
        given().queryParam("q", marker).when().get("/practices").then().body("total", equalTo(7));
        given().queryParam("q", marker).queryParam("status", "DRAFT").when().get("/practices").then().body("total", equalTo(0));
        given().auth().oauth2(submitter).queryParam("q", marker).queryParam("status", "DRAFT").when().get("/practices")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(draft));
        given().auth().oauth2(Practices.user("someone-else")).queryParam("q", marker).queryParam("status", "DRAFT")
                .when().get("/practices").then().body("total", equalTo(0));
        given().auth().oauth2(Practices.editor()).queryParam("q", marker).queryParam("status", "DRAFT", "PUBLISHED")
                .when().get("/practices").then().body("total", equalTo(8)).body("facets.kind.value", hasItems("PRACTICE"));
    }

    @Test
    void invalidParametersAreProblems() {
        given().queryParam("limit", 500).when().get("/practices").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("objective", 24).when().get("/practices").then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor").when().get("/practices").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("lang", "de").when().get("/practices").then().statusCode(400);
    }
}
