package org.gcm.knowledge.events;

import static org.awaitility.Awaitility.await;
import static org.gcm.knowledge.support.Practices.action;
import static org.gcm.knowledge.support.Practices.content;
import static org.gcm.knowledge.support.Practices.create;
import static org.gcm.knowledge.support.Practices.editor;
import static org.gcm.knowledge.support.Practices.someone;
import static org.gcm.knowledge.support.Practices.underQuorum;
import static org.gcm.knowledge.support.Practices.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.ReceivedEvent;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.PracticeStatusChanged;
import org.gcm.knowledge.support.Broker;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every move of a practice is published on knowledge.practices (issue 16, item 1), in order, with its countries,
 * and nothing that names a person: no submitter, reviewer, editor or reason.
 */
@QuarkusTest
class StatusChangeEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String REASON = "quorum recommends";

    @Inject
    CloudEventEnvelopes envelopes;

    @Test
    void aPracticesCreationAndEveryMoveArePublishedInOrderWithItsCountries() {
        String submitterSubject = someone("submitter");
        String submitter = user(submitterSubject);
        String id = create(submitter, content("en", "Pre-departure orientation", "Courses before departure.", 6));
        action(submitter, id, "submit", null).statusCode(200);
        underQuorum(id);
        action(editor(), id, "publish", Map.of("reason", REASON)).statusCode(200);

        // Read from the start until the publication is there: everything before it on the partition came with it.
        List<String> values = await().atMost(PATIENCE).until(() -> Broker.valuesWithKey(Topics.KNOWLEDGE_PRACTICES, id,
                EventTypes.PRACTICE_STATUS_CHANGED, 1, Duration.ofSeconds(5)),
                found -> found.stream().anyMatch(value -> value.contains("\"action\":\"publish\"")));
        List<PracticeStatusChanged> changes = values.stream().map(this::read).toList();
        PracticeStatusChanged created = changes.get(0);
        assertEquals(List.of("create", "DRAFT", List.of("KEN")), List.of(created.change().action(), created.change().to(),
                created.countries()));
        assertNull(created.change().from());
        PracticeStatusChanged published = changes.get(changes.size() - 1);
        assertEquals(List.of("publish", "PUBLISHED", id), List.of(published.change().action(), published.change().to(),
                published.practiceId()));
        for (int i = 1; i < changes.size(); i++) {
            assertEquals(changes.get(i - 1).change().to(), changes.get(i).change().from(), "each move starts where the last ended");
        }
        for (String value : values) {
            for (String personal : List.of(submitterSubject, "reviewer-", "editor-1", REASON)) {
                assertFalse(value.contains(personal), personal + " is in " + value);
            }
        }
    }

    private PracticeStatusChanged read(String value) {
        ReceivedEvent event = envelopes.read(value);
        assertEquals(EventTypes.PRACTICE_STATUS_CHANGED, event.type());
        return event.dataAs(PracticeStatusChanged.class);
    }
}
