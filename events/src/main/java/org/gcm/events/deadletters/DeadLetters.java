package org.gcm.events.deadletters;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.caller.Caller;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.refusals.NotFound;
import org.gcm.refusals.StateConflict;

/**
 * The service's dead letters for an operator: listed from the dead-letter topic with what became of each, and
 * replayed, one or all not yet replayed, each at most once.
 * <p>
 * A replay sends the event back to its source topic, unchanged, through the service's outbox; the consumer then
 * handles it like any delivery, through {@code Deliveries.actOnce}, whose inbox makes the effect happen once. So the
 * effect runs on the one path every event takes (same ordering per partition, retries, dead letters again if it
 * still fails), and a library that cannot call a service's consumer directly replays for all of them. Other
 * services consuming the same topic have the event in their inbox already and skip it.
 */
@ApplicationScoped
public class DeadLetters {

    private final DeadLetterTopic topic;
    private final Replays replays;
    private final Caller caller;

    DeadLetters(DeadLetterTopic topic, Replays replays, Caller caller) {
        this.topic = topic;
        this.replays = replays;
        this.caller = caller;
    }

    /** Newest first. Reading the topic holds no database connection; only the page's standing is looked up. */
    public Page<DeadLetterEntry> list(Paging paging) {
        Page<DeadLetter> page = Page.of(topic.readAll(), paging);
        return new Page<>(replays.standing(topic.name(), page.items()), page.total());
    }

    /** Replays one dead letter; a letter replayed before is answered as it stands, and nothing is sent again. */
    public DeadLetterEntry replay(String id) {
        DeadLetter letter = DeadLetterPosition.parse(id).flatMap(topic::read)
                .orElseThrow(() -> NotFound.of("dead letter", id));
        if (!letter.replayable()) {
            throw new StateConflict("Dead letter " + id + " is not a CloudEvent with an id and a type from a known "
                    + "topic, so it cannot go back to its consumer.");
        }
        return replays.replay(topic.name(), letter, caller.subject());
    }

    /** Replays every listed dead letter that has no replay yet and can be replayed; answers those it replayed. */
    public List<DeadLetterEntry> replayAll() {
        List<DeadLetterEntry> replayed = new ArrayList<>();
        for (DeadLetterEntry entry : replays.standing(topic.name(), topic.readAll())) {
            if (entry.replay() == null && entry.letter().replayable()) {
                replayed.add(replays.replay(topic.name(), entry.letter(), caller.subject()));
            }
        }
        return replayed;
    }
}
