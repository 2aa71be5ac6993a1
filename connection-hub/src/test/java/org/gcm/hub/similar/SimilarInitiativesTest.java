package org.gcm.hub.similar;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.PracticePublished;
import org.gcm.hub.support.Broker;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Similar initiatives: the knowledge platform's practices (through the real broker) and earlier requests. */
@QuarkusTest
class SimilarInitiativesTest {

    private static final String SUMMARY = "One-stop centres giving prospective labour migrants pre-departure training.";

    @Inject
    CloudEventEnvelopes envelopes;

    @Test
    void aPublishedPracticeIsFoundWithWhyItMatchedAndALinkToTheKnowledgePlatform() {
        String practice = UUID.randomUUID().toString();
        String first = envelope(practice, "Labour migration information centres in three counties", SUMMARY,
                List.of(3, 6), List.of("KEN"), OffsetDateTime.now().minusDays(2));
        String unrelated = UUID.randomUUID().toString();
        Broker.send(Topics.KNOWLEDGE_PRACTICES, unrelated, envelope(unrelated, "Consular registration of seafarers",
                "Registration desks at consulates for crews serving abroad.", List.of(14), List.of("CHL"),
                OffsetDateTime.now()));
        Broker.send(Topics.KNOWLEDGE_PRACTICES, practice, first, first);
        String request = Hub.createRequest("KEN");
        String found = "items.find { it.id == '" + practice + "' }";
        await().atMost(Broker.PATIENCE).untilAsserted(() -> Hub.get(Tokens.memberState("KEN"),
                "/requests/" + request + "/similar-initiatives?limit=200").statusCode(200)
                .body(found + ".source", equalTo("PRACTICE"))
                .body(found + ".kind", equalTo("INITIATIVE"))
                .body(found + ".objectiveOverlap", equalTo(1.0f))
                .body(found + ".geography", equalTo(1.0f))
                .body(found + ".why", hasItem("shares objective(s) [3, 6]"))
                .body(found + ".why", hasItem("same country KEN"))
                .body(found + ".contact.link", equalTo("/api/knowledge/practices/" + practice))
                .body(found + ".contact.organisations", equalTo(List.of("International Organization for Migration")))
                .body("items.find { it.id == '" + unrelated + "' }", nullValue()));
    }

    @Test
    void aNewVersionReplacesThePracticeAndARedeliveryChangesNothing() {
        String practice = UUID.randomUUID().toString();
        String v1 = envelope(practice, "Pre-departure orientation", SUMMARY, List.of(3), List.of("PHL"),
                OffsetDateTime.now().minusDays(1));
        String v2 = envelope(practice, "Pre-departure orientation, second edition", SUMMARY, List.of(3, 6),
                List.of("PHL"), OffsetDateTime.now());
        Broker.send(Topics.KNOWLEDGE_PRACTICES, practice, v1, v2, v1);
        String request = Hub.createRequest("PHL");
        await().atMost(Broker.PATIENCE).untilAsserted(() -> Hub.get(Tokens.memberState("PHL"),
                "/requests/" + request + "/similar-initiatives?limit=200").statusCode(200)
                .body("items.findAll { it.id == '" + practice + "' }.size()", equalTo(1))
                .body("items.find { it.id == '" + practice + "' }.title", equalTo("Pre-departure orientation, second edition"))
                .body("items.find { it.id == '" + practice + "' }.objectives", equalTo(List.of(3, 6))));
    }

    @Test
    void earlierRequestsComeWithTheirFocalPointAndStayWithinTheCountryForAMemberState() {
        String earlierSameCountry = Hub.submitted("UGA");
        String earlierNeighbour = Hub.submitted("RWA");
        String request = Hub.createRequest("UGA");
        String same = "items.find { it.id == '" + earlierSameCountry + "' }";
        Hub.get(Tokens.memberState("UGA"), "/requests/" + request + "/similar-initiatives?limit=200").statusCode(200)
                .body(same + ".source", equalTo("REQUEST"))
                .body(same + ".kind", equalTo("SUBMITTED"))
                .body(same + ".contact.name", equalTo("Ana Torres"))
                .body(same + ".contact.email", equalTo("ana.torres@example.org"))
                .body(same + ".why", hasItem("same country UGA"))
                .body("items.id", not(hasItem(earlierNeighbour)))
                .body("items.id", not(hasItem(request)));
        Hub.get(Tokens.secretariat(), "/requests/" + request + "/similar-initiatives?limit=200").statusCode(200)
                .body("items.find { it.id == '" + earlierNeighbour + "' }.why", hasItem("same region Eastern Africa"));
        Hub.get(Tokens.memberState("RWA"), "/requests/" + request + "/similar-initiatives").statusCode(404);
    }

    private String envelope(String practiceId, String title, String summary, List<Integer> objectives,
            List<String> countries, OffsetDateTime publishedAt) {
        PracticePublished event = new PracticePublished(practiceId, PracticePublished.Kind.INITIATIVE, title,
                summary, objectives,
                List.of("people-centred"), countries, List.of(), List.of("International Organization for Migration"),
                null, publishedAt);
        return envelopes.write(UUID.randomUUID(), URI.create("/knowledge-platform"), EventTypes.PRACTICE_PUBLISHED,
                practiceId, OffsetDateTime.now(), event);
    }
}
