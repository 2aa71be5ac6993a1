package org.gcm.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** A service that is down, slow or coming back: the caller always gets a problem in bounded time. */
@QuarkusTest
class ResilienceTest {

    private final String officer = TestTokens.of("officer", "secretariat").sign();

    @Test
    void aServiceThatIsDownAnswers503AtOnce() {
        given().auth().oauth2(officer)
                .when().get("/api/fund/grants")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/fund/grants"))
                .time(lessThan(3_000L));
    }

    @Test
    void aSlowServiceAnswers504WithinTheRouteTimeout() {
        given().auth().oauth2(officer)
                .when().get("/api/hub/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("did not answer in time"))
                .time(lessThan(EchoServices.SLOW_ANSWER_MILLIS));
    }

    @Test
    void theOtherRoutesKeepWorkingWhileOneIsDown() {
        given().auth().oauth2(officer).when().get("/api/fund/grants").then().statusCode(503);
        given().auth().oauth2(officer).when().get("/api/hub/requests").then().statusCode(200);
    }

    @Test
    void callersWhoHangUpDoNotOpenTheCircuitForEveryoneElse() throws Exception {
        // More callers than the breaker's failure count leave while the service is still working on their call.
        for (int i = 0; i < 7; i++) {
            try (Socket caller = new Socket("127.0.0.1", RestAssured.port)) {
                caller.getOutputStream().write(("GET /api/hub/slow HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer "
                        + officer + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                caller.getOutputStream().flush();
                Thread.sleep(150);
            }
        }
        Thread.sleep(300);
        given().auth().oauth2(officer).when().get("/api/hub/requests")
                .then().statusCode(200);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesWhenTheServiceReturns() throws IOException {
        URI flaky = ConfigProvider.getConfig().getValue("gateway.routes.flaky.target", URI.class);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(officer).when().get("/api/flaky/things")
                    .then().statusCode(503).body("detail", containsString("unavailable"));
        }
        given().auth().oauth2(officer).when().get("/api/flaky/things")
                .then().statusCode(503)
                .header("Retry-After", equalTo("1"))
                .body("detail", containsString("stopped sending"));

        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", flaky.getPort()), 0);
        service.createContext("/", exchange -> {
            byte[] body = "{\"back\": true}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    given().auth().oauth2(officer).when().get("/api/flaky/things")
                            .then().statusCode(200).body("back", equalTo(true)));
        } finally {
            service.stop(0);
        }
    }
}
