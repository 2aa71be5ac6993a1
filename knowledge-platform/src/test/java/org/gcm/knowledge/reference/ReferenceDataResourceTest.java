package org.gcm.knowledge.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Reference data comes from the Flyway migration into the real database and is served to anyone. */
@QuarkusTest
class ReferenceDataResourceTest {

    @Test
    void listsTheTwentyThreeObjectivesInOrder() {
        given().when().get("/objectives")
                .then().statusCode(200)
                .body("total", equalTo(23))
                .body("items", hasSize(23))
                .body("items[0].number", equalTo(1))
                .body("items[0].shortLabel", equalTo("Data"))
                .body("items[22].title", equalTo(
                        "Strengthen international cooperation and global partnerships for safe, orderly and regular migration"));
    }

    @Test
    void showsOneObjective() {
        given().when().get("/objectives/6")
                .then().statusCode(200)
                .body("shortLabel", equalTo("Fair recruitment and decent work"));
    }

    @Test
    void refusesAnObjectiveNumberOutsideTheCompact() {
        given().when().get("/objectives/24")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("number"))
                .body("errors[0].rule", equalTo("Max"));
    }

    @Test
    void refusesAnObjectiveThatIsNotANumber() {
        given().when().get("/objectives/six")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listsTheTenGuidingPrinciples() {
        given().when().get("/principles")
                .then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.code", org.hamcrest.Matchers.hasItems("human-rights", "gender-responsive", "child-sensitive"));
    }

    @Test
    void listsTheThematicAreasWithTheirObjectives() {
        given().when().get("/thematic-areas")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items[0].code", equalTo("TA1"))
                .body("items[0].objectives", contains(1, 3, 17, 23));
    }
}
