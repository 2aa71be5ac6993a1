package org.gcm.events.deadletters;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.inbox.Inbox;
import org.gcm.events.inbox.ProcessedEvent;
import org.gcm.events.outbox.Outbox;
import org.jboss.logging.Logger;

/**
 * Replays a dead letter once: the replay record and the event's way back to its source topic (a row of the outbox)
 * commit together, so a letter is never recorded as replayed without being sent, nor sent twice.
 */
@ApplicationScoped
class Replays {

    private static final Logger LOG = Logger.getLogger(Replays.class);

    private final ReplayRecords records;
    private final Inbox inbox;
    private final Outbox outbox;

    Replays(ReplayRecords records, Inbox inbox, Outbox outbox) {
        this.records = records;
        this.inbox = inbox;
        this.outbox = outbox;
    }

    /** Replays {@code letter} of {@code topic} unless it was replayed before; either way, the letter as it now stands. */
    @Transactional
    public DeadLetterEntry replay(String topic, DeadLetter letter, String by) {
        if (records.find(topic, letter.id()).isEmpty()) {
            boolean actedOn = actedOn(letter, inbox.actedOn(List.of(letter.eventId())));
            ReplayOutcome outcome = actedOn ? ReplayOutcome.ALREADY_ACTED_ON : ReplayOutcome.REPUBLISHED;
            if (records.insert(topic, letter, by, OffsetDateTime.now(ZoneOffset.UTC), outcome) && !actedOn) {
                // The record key keeps the aggregate's partition; the envelope keeps the event id the inbox knows.
                outbox.resend(letter.sourceTopic(), letter.key() != null ? letter.key() : letter.subject(),
                        letter.type(), letter.envelope());
                LOG.infof("Dead letter %s of %s (event %s, %s) replayed to %s by %s", letter.id(), topic,
                        letter.eventId(), letter.type(), letter.sourceTopic(), by);
            }
        }
        return standing(topic, List.of(letter)).get(0);
    }

    /** Each letter with its replay, if any, and whether its consumer has acted on its event by now. */
    @Transactional
    public List<DeadLetterEntry> standing(String topic, List<DeadLetter> letters) {
        Map<String, DeadLetterReplay> replays = records.of(topic, letters.stream().map(DeadLetter::id).toList())
                .stream().collect(Collectors.toMap(r -> r.key.deadLetterId(), Function.identity()));
        Set<ProcessedEvent.Key> processed = inbox.actedOn(letters.stream()
                .map(DeadLetter::eventId).filter(id -> id != null).distinct().toList());
        return letters.stream()
                .map(letter -> new DeadLetterEntry(letter, replays.get(letter.id()), actedOn(letter, processed)))
                .toList();
    }

    private static boolean actedOn(DeadLetter letter, Set<ProcessedEvent.Key> processed) {
        return letter.consumer() != null && letter.eventId() != null
                && processed.contains(new ProcessedEvent.Key(letter.consumer(), letter.eventId()));
    }
}
