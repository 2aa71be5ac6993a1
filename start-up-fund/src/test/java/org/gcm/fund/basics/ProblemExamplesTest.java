package org.gcm.fund.basics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The documentation cannot drift from the behaviour: for a real refusal of each kind the fund gives, the body's type,
 * title and status are those of one of the examples its OpenAPI document shows for that operation and status.
 */
@QuarkusTest
class ProblemExamplesTest {

    /** The document's paths, read once the service is up (the test port is known only then). */
    private static Map<String, Object> paths;

    private static Map<String, Object> paths() {
        if (paths == null) {
            paths = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        }
        return paths;
    }

    @Test
    void invalidInputAndMalformedJsonAreAnsweredAsDocumented() {
        String contributor = FundApi.contributor("60", null);
        assertDocumented("/contributions", "post", given().auth().oauth2(Tokens.donor(contributor))
                .contentType(ContentType.JSON).body(Map.of("amount", FundApi.money("1.00", "XYZ"), "earmarking",
                        Map.of("kind", "UNEARMARKED")))
                .when().post("/contributions"), 400);
        assertDocumented("/grants", "post", given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body("{}").when().post("/grants"), 400);
        assertDocumented("/contributions", "post", given().auth().oauth2(Tokens.donor(contributor))
                .contentType(ContentType.JSON).body("{\"amount\": ").when().post("/contributions"), 400);
    }

    @Test
    void noTokenAWrongRoleAndADonorWithoutItsContributorAreAnsweredAsDocumented() {
        assertDocumented("/contributions", "get", given().when().get("/contributions"), 401);
        assertDocumented("/contributors", "post", given().auth().oauth2(Tokens.donor("CTR-X")).contentType(ContentType.JSON)
                .body(Map.of("name", "Someone", "organisationType", "60")).when().post("/contributors"), 403);
        assertDocumented("/contributions", "get", given().auth().oauth2(TestTokens.of("donor-without-claim", "donor").sign())
                .when().get("/contributions"), 403);
    }

    @Test
    void notFoundConflictsAndAStaleIfMatchAreAnsweredAsDocumented() {
        assertDocumented("/contributions/{id}", "get", given().auth().oauth2(Tokens.fundManager())
                .when().get("/contributions/" + UUID.randomUUID()), 404);
        assertDocumented("/grants/{id}/history", "get", given().auth().oauth2(Tokens.fundManager())
                .when().get("/grants/" + UUID.randomUUID() + "/history"), 404);

        String contributor = FundApi.contributor("60", null);
        String id = FundApi.pledge(contributor, FundApi.usd("10.00"), Map.of("kind", "UNEARMARKED"));
        Map<String, Object> commitment = Map.of("agreementReference", "SAA-9", "signedOn", "2026-11-01");
        assertDocumented("/contributions/{id}/commit", "post", given().auth().oauth2(Tokens.donor(contributor))
                .header("If-Match", "\"99\"").contentType(ContentType.JSON).body(commitment)
                .when().post("/contributions/" + id + "/commit"), 412);
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON).body(Map.of("reason", "test"))
                .when().post("/contributions/" + id + "/cancel").then().statusCode(200);
        assertDocumented("/contributions/{id}/commit", "post", given().auth().oauth2(Tokens.donor(contributor))
                .contentType(ContentType.JSON).body(commitment).when().post("/contributions/" + id + "/commit"), 409);
        assertDocumented("/contributors", "post", given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("id", contributor, "name", "Twin", "organisationType", "60")).when().post("/contributors"), 409);
    }

    @Test
    void aReusedIdempotencyKeyIsAnsweredAsDocumented() {
        String contributor = FundApi.contributor("60", null);
        String key = UUID.randomUUID().toString();
        for (String amount : List.of("1.00", "2.00")) {
            Response answer = given().auth().oauth2(Tokens.donor(contributor)).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(Map.of("amount", FundApi.usd(amount), "earmarking",
                            Map.of("kind", "UNEARMARKED")))
                    .when().post("/contributions");
            if ("2.00".equals(amount)) {
                assertDocumented("/contributions", "post", answer, 422);
            }
        }
    }

    /** The answer has {@code status}, and its type, title and status are those of an example of that operation. */
    @SuppressWarnings("unchecked")
    private static void assertDocumented(String path, String method, Response answer, int status) {
        assertEquals(status, answer.statusCode(), answer.asString());
        assertEquals("application/problem+json", answer.contentType().split(";")[0]);
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths().get(path)).get(method);
        Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) operation.get("responses"))
                .get(Integer.toString(status));
        assertTrue(response != null, method + " " + path + " documents no " + status);
        Map<String, Object> examples = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) response
                .get("content")).get("application/problem+json")).get("examples");
        assertFalse(examples == null || examples.isEmpty(), method + " " + path + " shows no example for " + status);
        List<Object> real = List.of(answer.jsonPath().getString("type"), answer.jsonPath().getString("title"),
                answer.jsonPath().getInt("status"));
        List<List<Object>> documented = examples.values().stream().map(example -> (Map<String, Object>) ((Map<String, Object>) example)
                .get("value")).map(value -> List.of(value.get("type"), value.get("title"), value.get("status"))).toList();
        assertTrue(documented.contains(real), method + " " + path + " answered " + real + "; documented " + documented);
    }
}
