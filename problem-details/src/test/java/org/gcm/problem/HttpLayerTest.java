package org.gcm.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Every status the HTTP layer produces before or around the resources (unknown path, wrong method, unacceptable
 * Accept, body of the wrong type, too long a request target, too large headers) is a problem, and the documents
 * declare them.
 */
@QuarkusTest
class HttpLayerTest {

    private static ValidatableResponse aProblem(ValidatableResponse answer, int status) {
        return answer.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void aJsonBodySentAsTextIsRefusedNamingTheTypes() {
        // An operation with @Consumes(JSON) (refused while matching) and one without (refused by JsonBodies).
        aProblem(given().contentType(ContentType.TEXT).body("{\"title\": \"x\", \"objectives\": [1]}")
                .when().post("/probe").then(), 415)
                .body("type", equalTo("about:blank"))
                .body("detail", containsString("Content-Type text/plain"))
                .body("instance", equalTo("/probe"));
        aProblem(given().contentType(ContentType.TEXT).body("{\"comment\": \"x\"}")
                .when().post("/probe/1/comment").then(), 415)
                .body("detail", equalTo("Content-Type text/plain; charset=ISO-8859-1 is not accepted here; this "
                        + "operation takes application/json."));
    }

    @Test
    void aMultipartBodyIsRefusedAsAProblem() {
        aProblem(given().multiPart("comment", "x").when().post("/probe/1/comment").then(), 415)
                .body("detail", containsString("multipart/form-data"));
        aProblem(given().multiPart("title", "x").when().post("/probe").then(), 415);
    }

    @Test
    void aBodyWithoutContentTypeIsRefused() throws IOException {
        // Written by hand: HTTP clients add a Content-Type to a body of their own accord.
        String body = "{\"comment\": \"x\"}";
        String answer = exchange("POST /probe/1/comment HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(answer.startsWith("HTTP/1.1 415"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("A body without Content-Type is not accepted here"), answer);
    }

    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodilessActionNeedsNoContentType() {
        given().noContentType().when().post("/probe/1/comment").then().statusCode(200).body(equalTo("no comment"));
        // A form type an HTTP library adds by default, on a request without a body.
        given().contentType(ContentType.URLENC).when().post("/probe/1/comment").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"comment\": \"well said\"}")
                .when().post("/probe/1/comment").then().statusCode(200).body(equalTo("well said"));
    }

    @Test
    void anOperationDeclaringOtherTypesTakesThem() {
        given().contentType("text/csv").body("sourceId,title\npfp-1,Bonds\n")
                .when().post("/probe/imports").then().statusCode(200).body(containsString("text/csv"));
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/probe/imports").then().statusCode(200);
        aProblem(given().contentType(ContentType.XML).body("<batch/>").when().post("/probe/imports").then(), 415);
    }

    @Test
    void anUnacceptableAcceptIsAProblem() {
        aProblem(given().accept("text/html").when().get("/probe").then(), 406)
                .body("title", equalTo("Not Acceptable"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        aProblem(given().when().put("/probe").then(), 405);
    }

    @Test
    void aTooLongRequestTargetIsAProblemNamingTheLimit() {
        aProblem(given().queryParam("limit", "1" + "0".repeat(5000)).when().get("/probe").then(), 414)
                .body("title", equalTo("Request-URI Too Long"))
                .body("detail", containsString("at most 4096"));
        given().queryParam("q", "x".repeat(3900)).when().get("/probe").then().statusCode(200);
    }

    @Test
    void tooLargeHeadersAreAProblemNamingTheLimit() {
        aProblem(given().header("X-Padding", "x".repeat(22_000)).when().get("/probe").then(), 431)
                .body("detail", containsString("at most 20480"));
        given().header("X-Padding", "x".repeat(15_000)).when().get("/probe").then().statusCode(200);
    }

    @Test
    void theDocumentDeclaresTheHttpLayersAnswers() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> create = document.getMap("paths.'/probe'.post.responses");
        assertTrue(create.keySet().containsAll(List.of("413", "414", "415", "431")), "with a body: "
                + create.keySet());
        Map<String, Object> list = document.getMap("paths.'/probe'.get.responses");
        assertTrue(list.keySet().containsAll(List.of("414", "431")) && !list.containsKey("415"),
                "without a body: " + list.keySet());
        assertTrue(document.getString("paths.'/probe'.post.responses.'415'.content.'application/problem+json'"
                + ".examples.'unsupported-media-type'.value.detail").contains("application/json"));
    }
}
