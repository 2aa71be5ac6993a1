package org.gcm.events.inbox;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes a consumer idempotent: it records the event's id in the transaction of the consumer's effect, so
 * the effect and the record commit together or not at all. A redelivered event finds its id and is skipped.
 *
 * <pre>{@code
 * @Incoming("hub-requests") @Blocking @Transactional
 * void on(String envelope) {
 *     ReceivedEvent event = envelopes.read(envelope);
 *     if (!inbox.firstDelivery("grant-applications", event.id())) return;
 *     ... the effect ...
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * Records that {@code consumer} acts on event {@code eventId} now; {@code false} if it already has (the
     * caller then does nothing). A concurrent second delivery waits for the first transaction and then gets
     * {@code false}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at) values (:consumer, :event, now())
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("event", eventId)
                .executeUpdate() == 1;
    }

    /** Which of these events each consumer has acted on (dead letters show whether a replay took effect). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<ProcessedEvent.Key> actedOn(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select p.key from ProcessedEvent p where p.key.eventId in :events",
                        ProcessedEvent.Key.class)
                .setParameter("events", eventIds)
                .getResultStream()
                .collect(Collectors.toSet());
    }
}
