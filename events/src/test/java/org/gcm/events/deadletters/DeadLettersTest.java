package org.gcm.events.deadletters;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gcm.caller.Roles;
import org.gcm.events.fixture.Notes;
import org.gcm.events.fixture.TestBroker;
import org.gcm.testsupport.RealInfrastructure;
import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * No event left behind: an event that dies during a database outage longer than the consumer's retries is listed
 * with its reason, replayed by an operator once the database is back, and acted on exactly once; replaying it again
 * changes nothing. Only the operator role reaches the dead letters.
 */
@QuarkusTest
class DeadLettersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String OPERATOR = TestTokens.of("operator-on-duty", Roles.OPERATOR).sign();

    @Inject
    Notes notes;

    @Test
    void anEventDeadDuringADatabaseOutageIsListedWithItsReasonAndReplayedOnceByTheOperator() throws Exception {
        UUID note = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String text = "written while the database was away";

        RealInfrastructure.get().stopPostgres();
        try {
            TestBroker.send(Notes.TOPIC, note.toString(), notes.envelope(eventId, note, text));
            // The consumer retries for about 3 s, then gives up: the outage outlasted its retries.
            TestBroker.deadLetter(value -> value.contains(eventId), PATIENCE);
        } finally {
            RealInfrastructure.get().startPostgres();
        }

        Map<String, Object> dead = await().atMost(PATIENCE).until(() -> listed(eventId), letter -> letter != null);
        assertEquals("note-copies", dead.get("consumer"), "the consumer that failed");
        assertEquals(Notes.TOPIC, dead.get("sourceTopic"));
        assertEquals(Notes.WRITTEN, dead.get("type"));
        assertEquals(note.toString(), dead.get("subject"));
        assertEquals(false, dead.get("actedOn"));
        assertEquals(null, dead.get("replay"));
        String failure = (String) dead.get("failure");
        assertEquals(true, failure.contains("JDBC") || failure.contains("SQL") || failure.contains("Connection"),
                "the failure is the database's: " + failure);
        assertEquals(0, notes.copiesOfEvent(eventId), "the event died: no effect yet");
        // The envelope's attributes are shown, its data (which may name people) never.
        given().auth().oauth2(OPERATOR).queryParam("limit", 200).when().get("/dead-letters")
                .then().statusCode(200).body(not(containsString(text)));

        String id = (String) dead.get("id");
        replay(id).statusCode(200)
                .body("id", equalTo(id))
                .body("eventId", equalTo(eventId))
                .body("replay.by", equalTo("operator-on-duty"))
                .body("replay.outcome", equalTo("REPUBLISHED"))
                .body("replay.at", not(emptyOrNullString()));
        // Replayed again at once, most likely before the consumer acted on it: the replay record alone stops it.
        replay(id).statusCode(200).body("replay.outcome", equalTo("REPUBLISHED"));
        await().atMost(PATIENCE).until(() -> notes.copiesOfEvent(eventId) == 1);
        await().atMost(PATIENCE).until(() -> Boolean.TRUE.equals(listed(eventId).get("actedOn")));
        Map<String, Object> replayed = listed(eventId);

        // A later replay finds the first too: nothing is sent again, and the list still shows the first replay.
        replay(id).statusCode(200)
                .body("replay.at", equalTo(((Map<?, ?>) replayed.get("replay")).get("at")))
                .body("actedOn", equalTo(true));
        given().auth().oauth2(OPERATOR).when().post("/dead-letters/replay")
                .then().statusCode(200).body("items.findAll { it.eventId == '" + eventId + "' }.size()", equalTo(0));
        assertEquals(1, notes.outboxRowsMentioning(eventId), "sent back once, by the first replay only");
        // A note written after the replays is copied, so the consumer has handled everything before it.
        UUID later = notes.write("after the replays");
        await().atMost(PATIENCE).until(() -> !notes.copies(later).isEmpty());
        assertEquals(List.of(text), notes.copies(note), "the effect, exactly once");
        assertEquals(1, notes.copiesOfEvent(eventId));
    }

    @Test
    void aLetterThatIsNoCloudEventIsListedButCannotBeReplayed() throws Exception {
        String key = UUID.randomUUID().toString();
        String poison = "not an envelope " + key;
        TestBroker.send(Notes.TOPIC, key, poison);
        TestBroker.deadLetter(poison::equals, PATIENCE);
        Map<String, Object> dead = await().atMost(PATIENCE).until(() -> listedWith("key", key), l -> l != null);
        assertEquals(null, dead.get("eventId"));
        assertEquals("note-copies", dead.get("consumer"));
        assertEquals("org.gcm.events.contract.MalformedEventException", dead.get("failure"));
        replay((String) dead.get("id")).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anUnknownOrMalformedIdIsRefusedWithAProblem() {
        replay("0-999999999").statusCode(404).contentType("application/problem+json");
        replay("first").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("id"));
    }

    @Test
    void anonymousCallersAreRefusedWith401() {
        given().when().get("/dead-letters").then().statusCode(401).contentType("application/problem+json");
        given().when().post("/dead-letters/0-0/replay").then().statusCode(401).contentType("application/problem+json");
        given().when().post("/dead-letters/replay").then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { Roles.SECRETARIAT, Roles.MEMBER_STATE, Roles.PARTNER, Roles.DONOR, Roles.FUND_MANAGER,
            Roles.STEERING_COMMITTEE, Roles.EDITOR, Roles.REVIEWER })
    void everyOtherRoleIsRefusedWith403(String role) {
        String token = TestTokens.of("someone-" + role, role).country("MEX").sign();
        given().auth().oauth2(token).when().get("/dead-letters").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().post("/dead-letters/0-0/replay").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().post("/dead-letters/replay").then().statusCode(403)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse replay(String id) {
        return given().auth().oauth2(OPERATOR).when().post("/dead-letters/" + id + "/replay").then();
    }

    private static Map<String, Object> listed(String eventId) {
        return listedWith("eventId", eventId);
    }

    private static Map<String, Object> listedWith(String field, String value) {
        List<Map<String, Object>> items = given().auth().oauth2(OPERATOR).queryParam("limit", 200)
                .when().get("/dead-letters")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> value.equals(item.get(field))).findFirst().orElse(null);
    }
}
