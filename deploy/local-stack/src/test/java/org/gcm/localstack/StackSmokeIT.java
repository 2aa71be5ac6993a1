package org.gcm.localstack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gcm.infrastructure.diagnostics.LogTail;
import org.gcm.infrastructure.net.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The whole system, as {@code deploy/stack up} runs it: real PostgreSQL, Kafka and Keycloak, the three services
 * and the gateway, each its own process, on free ports with fresh data under {@code target/}. Every call goes through
 * the gateway with tokens that Keycloak issued for the realm's demo identities. Last, the stack is stopped the
 * way Ctrl-C stops it, and no process of it may remain.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackSmokeIT {

    private static final Duration START_PATIENCE = Duration.ofMinutes(6);
    /** A killed service restarts, re-joins its consumer group and catches up within this. */
    private static final Duration RESTART_PATIENCE = Duration.ofMinutes(3);
    /** Requests whose events are in flight when a consumer is killed. */
    private static final int IN_FLIGHT = 5;
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path STACK_DATA = TARGET.resolve("smoke-stack-data");
    /** Components a fault test started again itself: the supervisor does not know them, so the test stops them. */
    private static final List<RestartableComponent> restarted = new ArrayList<>();

    private static Process stack;
    private static Path stackLog;
    private static int keycloakPort;
    private static final List<ProcessHandle> children = new ArrayList<>();

    @BeforeAll
    static void startTheStack() throws Exception {
        Path repo = TARGET.getParent().getParent().getParent();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String component : List.of("gateway", "hub", "fund", "knowledge", "keycloak", "keycloak.management", "pg",
                "kafka", "kafka.controller")) {
            ports.put(component, Ports.freePort());
        }
        keycloakPort = ports.get("keycloak");
        // Every run from empty data, as on a new machine: nothing left by an earlier build can decide the result.
        deleteRecursively(STACK_DATA);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m", "-Dgcm.local-stack.repo=" + repo, "-Dgcm.stack.data=" + STACK_DATA));
        ports.forEach((component, port) -> command.add("-Dgcm." + component + ".port=" + port));
        command.addAll(List.of("-cp", TARGET.resolve("gcm-local-stack.jar") + ":" + TARGET.resolve("lib") + "/*",
                LocalStack.class.getName(), "up"));
        stackLog = TARGET.resolve("smoke-stack.log");
        stack = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(stackLog.toFile()).start();

        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = ports.get("gateway");
        awaitGatewayReady(ports.get("gateway"));
        stack.toHandle().descendants().forEach(children::add);
    }

    @Test
    @Order(1)
    void eachServiceIsHealthyThroughTheGateway() {
        for (String service : List.of("hub", "fund", "knowledge")) {
            given().when().get("/api/" + service + "/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem("Event outbox"));
        }
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Services behind the gateway' }.status", equalTo("UP"));
    }

    @Test
    @Order(2)
    void eachServiceDocumentsItsApiThroughTheGateway() {
        for (String service : List.of("hub", "fund", "knowledge")) {
            given().accept("application/json").when().get("/api/" + service + "/q/openapi")
                    .then().statusCode(200)
                    .body("info.title", containsString("GCM"))
                    .body("paths", org.hamcrest.Matchers.hasKey("/me"));
        }
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    @Test
    @Order(3)
    void aMemberStateTokenFromKeycloakIsAcceptedByEveryService() {
        String token = passwordToken("ms-mexico");
        for (String service : List.of("hub", "fund", "knowledge")) {
            given().auth().oauth2(token).when().get("/api/" + service + "/me")
                    .then().statusCode(200)
                    .body("subject", equalTo("ms-mexico"))
                    .body("roles", hasItem("member-state"))
                    .body("country", equalTo("MEX"));
        }
    }

    @Test
    @Order(4)
    void aDonorPortalActsForItsContributor() {
        String token = given().baseUri("http://127.0.0.1").port(keycloakPort)
                .auth().preemptive().basic("donor-portal-demo", "donor-portal-demo-secret")
                .formParam("grant_type", "client_credentials")
                .when().post("/realms/gcm/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).when().get("/api/fund/me")
                .then().statusCode(200)
                .body("roles", hasItem("donor"))
                .body("contributorId", equalTo("CTR-DEMO-001"));
    }

    @Test
    @Order(5)
    void aCallWithoutTokenIsRefusedWithAProblem() {
        given().when().get("/api/hub/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    @Order(6)
    void badInputIsAProblemNamingTheField() {
        given().when().get("/api/knowledge/objectives/99")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("number"));
        given().when().get("/api/knowledge/objectives")
                .then().statusCode(200)
                .body("total", equalTo(23));
        given().auth().oauth2(passwordToken("citizen")).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/knowledge/objectives")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    @Order(10)
    void theLoopClosesAcrossTheServicesAndABrokerOutageLosesAndDoublesNothing() throws Exception {
        CapacityLoop loop = new CapacityLoop(StackSmokeIT::passwordToken);
        String mexico = loop.requestSubmittedBy("ms-mexico", "MEX", "Labour migration information centres",
                List.of(6, 7));
        loop.assessAndAccept(mexico);
        assertTrue(loop.partnerMatches(mexico).contains("PRT-IOM"), "IOM is among the ranked partners");
        loop.agreeImplementation(mexico, "partner-iom", "PRT-IOM", "partner-undp", "PRT-UNDP");

        // The broker goes away while funding is requested: the hub's outbox keeps FundingRequested until it is back.
        RestartableComponent kafka = RestartableComponent.find(STACK_DATA, "kafka");
        restarted.add(kafka);
        kafka.stop();
        loop.requestFunding(mexico, "200000.00");
        kafka.start();
        String grant = loop.awaitGrantApplication(mexico);

        loop.screenReviewAndApprove(grant);
        loop.awaitRequestStatus("ms-mexico", mexico, "FUNDED");
        loop.disburseFirstTranche(grant, "100000.00");
        loop.awaitRequestStatus("ms-mexico", mexico, "IN_IMPLEMENTATION");
        loop.complete("ms-mexico", mexico);
        String practice = loop.awaitDraftPracticeFrom(mexico);
        loop.reviewAndPublish("ms-mexico", practice);

        String philippines = loop.requestSubmittedBy("ms-philippines", "PHL", "Pre-departure orientation for workers",
                List.of(6, 7));
        loop.awaitSimilarInitiative("ms-philippines", philippines, practice);

        assertEquals(1, loop.grantApplicationsFor(mexico), "one application however often the event was delivered");
        given().auth().oauth2(passwordToken("ms-philippines")).when().get("/api/hub/requests/" + mexico)
                .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * Several requests in flight when a consumer dies without warning (SIGKILL): first the fund while it opens
     * applications from FundingRequested, then the hub while it applies GrantApproved. Whatever was processed but
     * not yet acknowledged to Kafka is delivered again after the restart; the inbox must absorb it, and nothing the
     * dead consumer had not reached may be skipped.
     */
    @Test
    @Order(15)
    void aConsumerKilledMidStreamSkipsNothingAndDoublesNothing() throws Exception {
        CapacityLoop loop = new CapacityLoop(StackSmokeIT::passwordToken);
        List<String> requests = new ArrayList<>();
        for (int i = 1; i <= IN_FLIGHT; i++) {
            String id = loop.requestSubmittedBy("ms-mexico", "MEX", "Consular outreach, phase " + i, List.of(14, 15));
            loop.assessAndAccept(id);
            boolean undp = i % 2 == 0;
            loop.agreeImplementation(id, "partner-iom", "PRT-IOM", undp ? "partner-undp" : "partner-ilo",
                    undp ? "PRT-UNDP" : "PRT-ILO");
            requests.add(id);
        }

        // The fund dies while FundingRequested events for all of them arrive.
        RestartableComponent fund = RestartableComponent.find(STACK_DATA, "start-up-fund");
        restarted.add(fund);
        ExecutorService callers = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<Future<?>> asked = requests.stream()
                    .<Future<?>>map(id -> callers.submit(() -> loop.requestFunding(id, "20000.00"))).toList();
            await().atMost(CapacityLoop.EVENT_PATIENCE).pollInterval(Duration.ofMillis(50))
                    .until(() -> requests.stream().anyMatch(id -> loop.grantApplicationsFor(id) > 0));
            fund.kill();
            for (Future<?> call : asked) {
                call.get(1, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
        }
        fund.start();
        List<String> grants = new ArrayList<>();
        for (String id : requests) {
            grants.add(loop.awaitGrantApplication(id, RESTART_PATIENCE));
        }

        // The hub dies while the approvals' GrantApproved events arrive.
        for (String grant : grants) {
            loop.screenAndReview(grant);
        }
        RestartableComponent hub = RestartableComponent.find(STACK_DATA, "connection-hub");
        restarted.add(hub);
        loop.approve(grants.get(0));
        hub.kill();
        grants.stream().skip(1).forEach(loop::approve);
        hub.start();
        for (String id : requests) {
            loop.awaitRequestStatus("ms-mexico", id, "FUNDED", RESTART_PATIENCE);
        }

        for (String id : requests) {
            assertEquals(1, loop.grantApplicationsFor(id), "one application for request " + id);
            List<String> statuses = loop.statusesReached(id);
            assertEquals(1, statuses.stream().filter("FUNDED"::equals).count(),
                    "request " + id + " was funded once: " + statuses);
        }
    }

    @Test
    @Order(20)
    void aServiceThatStopsGives503AtTheGatewayAndItsRoutesRecoverWhenItReturns() throws Exception {
        String token = passwordToken("ms-mexico");
        RestartableComponent hub = RestartableComponent.find(STACK_DATA, "connection-hub");
        restarted.add(hub);
        hub.stop();

        long asked = System.nanoTime();
        given().auth().oauth2(token).when().get("/api/hub/me")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        assertTrue(Duration.ofNanos(System.nanoTime() - asked).toSeconds() < 5, "the refusal is prompt");
        given().auth().oauth2(token).when().get("/api/fund/me").then().statusCode(200);
        given().when().get("/api/knowledge/objectives").then().statusCode(200);

        hub.start();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> given().auth().oauth2(token).when().get("/api/hub/me")
                        .then().statusCode(200).body("country", equalTo("MEX")));
    }

    @AfterAll
    static void stopTheStackLikeCtrlC() throws Exception {
        if (stack == null) {
            return;
        }
        for (RestartableComponent component : restarted) {
            component.stopRestarted();
        }
        stack.toHandle().descendants().forEach(children::add);
        stack.destroy(); // SIGTERM: the supervisor's shutdown hook stops everything in reverse order
        boolean stopped = stack.waitFor(90, TimeUnit.SECONDS);
        if (!stopped) {
            stack.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
        assertTrue(stopped, "the stack stops within 90 s on SIGTERM\n" + LogTail.of(stackLog, 40));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<String> left = children.stream().filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
        assertEquals(List.of(), left, "no process of the stack is left behind");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String passwordToken(String user) {
        return given().baseUri("http://127.0.0.1").port(keycloakPort)
                .formParam("grant_type", "password")
                .formParam("client_id", "gcm-cli")
                .formParam("username", user)
                .formParam("password", "demo")
                .when().post("/realms/gcm/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static void awaitGatewayReady(int gatewayPort) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!stack.isAlive()) {
                throw new AssertionError("the stack exited with " + stack.exitValue() + " before it was ready:\n"
                        + LogTail.of(stackLog, 60));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the gateway is not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the stack was not ready within " + START_PATIENCE + ":\n" + LogTail.of(stackLog, 60)
                + "\n" + (Files.exists(stackLog) ? "" : "(no log)"));
    }
}
