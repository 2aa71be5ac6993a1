package org.gcm.knowledge.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;

import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.service.DirectPublication;
import org.gcm.knowledge.support.Practices;
import org.gcm.knowledge.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The published repository as JSON, CSV, DCAT-AP JSON-LD and Atom; objectives and principles as SKOS. */
@QuarkusTest
class OpenDataTest {

    private static final String BASE = "http://127.0.0.1:8080/api/knowledge";
    private static String marker;
    private static String published;
    private static String draft;

    @Inject
    DirectPublication publication;

    @BeforeEach
    void seedOnce() {
        if (marker != null) {
            return;
        }
        marker = Seeds.marker();
        published = Seeds.publish(publication, List.of(Seeds.practice(Kind.EVIDENCE, "fr", "Étude " + marker + ", « saisonniers »",
                "Une étude sur le travail saisonnier.", "Corps du texte.", List.of(6, 22), List.of("FRA")))).get(0);
        draft = Practices.create(Practices.user(Practices.someone("submitter")),
                Practices.content("en", "Draft " + marker, "Not public.", 6));
    }

    @Test
    void theJsonExportHoldsPublishedItemsOnly() {
        given().when().get("/exports/practices.json")
                .then().statusCode(200).contentType("application/json")
                .body("items.id", hasItem(published))
                .body("items.id", not(hasItem(draft)))
                .body("items.find { it.id == '" + published + "' }.title.fr", startsWith("Étude " + marker));
    }

    @Test
    void theCsvExportHoldsPublishedItemsOnly() {
        String csv = given().when().get("/exports/practices.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("id,publishedAt,kind,originalLanguage,title_ar,"), csv.lines().findFirst().orElse(""));
        String line = csv.lines().filter(l -> l.startsWith(published)).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(line.contains(",EVIDENCE,fr,"), line);
        org.junit.jupiter.api.Assertions.assertTrue(line.contains("\"Étude " + marker + ", « saisonniers »\""), line);
        org.junit.jupiter.api.Assertions.assertTrue(line.contains(",6;22,"), line);
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains(draft));
    }

    @Test
    void theDcatCatalogueDescribesEachPublishedItem() {
        String id = BASE + "/practices/" + published;
        given().when().get("/catalog.jsonld")
                .then().statusCode(200).contentType("application/ld+json")
                .body("'@type'", equalTo("dcat:Catalog"))
                .body("'@context'.dcat", equalTo("http://www.w3.org/ns/dcat#"))
                .body("'dcat:dataset'[0].'dcat:distribution'.'dcat:mediaType'", hasItem("text/csv"))
                .body("'dcat:dataset'.find { it.'@id' == '" + id + "' }.'dct:title'[0].'@language'", equalTo("fr"))
                .body("'dcat:dataset'.find { it.'@id' == '" + id + "' }.'dcat:theme'.'@id'", hasItem(BASE + "/vocabularies/objectives/6"))
                .body("'dcat:dataset'.find { it.'@id' == '" + id + "' }.'dct:spatial'.'@id'",
                        hasItem("http://publications.europa.eu/resource/authority/country/FRA"))
                .body("'dcat:dataset'.'@id'", not(hasItem(BASE + "/practices/" + draft)));
    }

    @Test
    void theAtomFeedListsNewlyPublishedItems() {
        given().when().get("/feed.atom")
                .then().statusCode(200).contentType(containsString("application/atom+xml"))
                .body(containsString("<id>urn:uuid:" + published + "</id>"))
                .body(containsString("<title xml:lang=\"fr\">Étude " + marker))
                .body(not(containsString(draft)));
    }

    @Test
    void objectivesAndPrinciplesAreSkosVocabulariesWithStableUris() {
        given().when().get("/vocabularies/objectives")
                .then().statusCode(200).contentType("application/ld+json")
                .body("'@type'", equalTo("skos:ConceptScheme"))
                .body("'@graph'.size()", equalTo(23))
                .body("'@graph'[5].'@id'", equalTo(BASE + "/vocabularies/objectives/6"))
                .body("'@graph'[5].'skos:altLabel'.'@value'", equalTo("Fair recruitment and decent work"));
        given().when().get("/vocabularies/objectives/6").then().statusCode(200)
                .body("'@id'", equalTo(BASE + "/vocabularies/objectives/6"))
                .body("'skos:inScheme'.'@id'", equalTo(BASE + "/vocabularies/objectives"));
        given().when().get("/vocabularies/principles").then().statusCode(200).body("'@graph'.size()", equalTo(10));
        given().when().get("/vocabularies/principles/human-rights").then().statusCode(200)
                .body("'skos:notation'", equalTo("human-rights"));
        given().when().get("/vocabularies/principles/kindness").then().statusCode(404);
    }
}
