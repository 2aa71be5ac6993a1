package org.gcm.hub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CallerTest {

    @Test
    void memberStateIsScopedToItsCountry() {
        given().auth().oauth2(TestTokens.memberState("MEX"))
                .when().get("/me")
                .then().statusCode(200)
                .body("subject", equalTo("ms-mex"))
                .body("roles", contains("member-state"))
                .body("country", equalTo("MEX"))
                .body("partnerId", nullValue());
    }

    @Test
    void partnerIsScopedToItsOrganisation() {
        given().auth().oauth2(TestTokens.of("partner-iom", "partner").partner("PRT-IOM").sign())
                .when().get("/me")
                .then().statusCode(200)
                .body("roles", contains("partner"))
                .body("partnerId", equalTo("PRT-IOM"))
                .body("country", nullValue());
    }
}
