package org.gcm.events.deadletters;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The SQL of the replay records; every method runs in the caller's transaction. */
@ApplicationScoped
class ReplayRecords {

    private final EntityManager em;

    ReplayRecords(EntityManager em) {
        this.em = em;
    }

    List<DeadLetterReplay> of(String topic, Collection<String> deadLetterIds) {
        if (deadLetterIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select r from DeadLetterReplay r
                        where r.key.topic = :topic and r.key.deadLetterId in :ids""", DeadLetterReplay.class)
                .setParameter("topic", topic)
                .setParameter("ids", deadLetterIds)
                .getResultList();
    }

    Optional<DeadLetterReplay> find(String topic, String deadLetterId) {
        return Optional.ofNullable(em.find(DeadLetterReplay.class, new DeadLetterReplay.Key(topic, deadLetterId)));
    }

    /**
     * Records a replay unless the letter has one already; {@code false} then. A concurrent replay of the same letter
     * waits for the first transaction and then gets {@code false}.
     */
    boolean insert(String topic, DeadLetter letter, String by, OffsetDateTime at, ReplayOutcome outcome) {
        return em.createNativeQuery("""
                insert into dead_letter_replay (topic, dead_letter_id, event_id, replayed_by, replayed_at, outcome)
                values (:topic, :id, :event, :by, :at, :outcome)
                on conflict do nothing""")
                .setParameter("topic", topic)
                .setParameter("id", letter.id())
                .setParameter("event", letter.eventId())
                .setParameter("by", by)
                .setParameter("at", at)
                .setParameter("outcome", outcome.name())
                .executeUpdate() == 1;
    }
}
