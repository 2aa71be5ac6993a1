package org.gcm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** With the fund down (nothing listens on its port in these tests), no document with a service missing. */
@QuarkusTest
class MergedOpenApiOutageTest {

    @Test
    void aServiceWithoutItsDocumentIsNamedInA503Problem() {
        given().when().get("/openapi")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503))
                .body("detail", containsString("fund"));
    }
}
