package org.gcm.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * What every service must offer, whatever its domain: liveness, readiness that covers its database, its
 * Kafka broker and its event outbox, its OpenAPI document, Swagger UI and AsyncAPI event contract, and
 * problem+json for a path that does not exist.
 * A service's test class extends this and runs it against the service started on real infrastructure.
 */
public abstract class ServiceBasicsContract {

    @Test
    void isLive() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessCoversItsDatabaseKafkaAndOutbox() throws InterruptedException {
        // Every move is an event: those of the tests before (and of the moves their events caused) may still be
        // on their way out. An outbox that drains reads 0 within seconds; one that is stuck fails below.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outboxBacklog() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check",
                        "Event outbox"))
                .body("checks.find { it.name == 'Event outbox' }.data.backlog", equalTo(0))
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("UP"));
    }

    private static int outboxBacklog() {
        Integer backlog = given().when().get("/q/health/ready").then().extract()
                .path("checks.find { it.name == 'Event outbox' }.data.backlog");
        return backlog == null ? -1 : backlog;
    }

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", containsString("3."))
                .body("info.title", containsString("GCM"));
    }

    @Test
    void itsOpenApiDocumentPassesTheLinter() {
        String document = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        OpenApiLint.Result lint = OpenApiLint.lint(document, Path.of("target", "openapi-lint"));
        assertTrue(lint.passed(), () -> "The OpenAPI document has lint errors:\n" + lint.report());
    }

    @Test
    void servesItsEventContract() {
        given().when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .body(containsString("asyncapi: 3.0.0"))
                .body(containsString("application/cloudevents+json"));
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().when().get("/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }
}
