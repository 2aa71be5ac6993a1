package org.gcm.events.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/** The SQL of the outbox table; every method runs in the caller's transaction. */
@ApplicationScoped
class OutboxStore {

    /** Advisory-lock namespace of the relay, so its per-aggregate locks collide with nothing else. */
    private static final int AGGREGATE_LOCKS = 4_310_043;

    private final EntityManager em;

    OutboxStore(EntityManager em) {
        this.em = em;
    }

    void insert(UUID id, String topic, String aggregateId, String type, String envelope, OffsetDateTime occurredAt) {
        em.createNativeQuery("""
                insert into outbox_event (id, topic, aggregate_id, type, envelope, occurred_at)
                values (:id, :topic, :aggregate, :type, :envelope, :occurred)""")
                .setParameter("id", id)
                .setParameter("topic", topic)
                .setParameter("aggregate", aggregateId)
                .setParameter("type", type)
                .setParameter("envelope", envelope)
                .setParameter("occurred", occurredAt)
                // No flush before it: a lifecycle appends in the middle of a change, and flushing the half-made
                // change would write the aggregate twice (two version bumps, so two ETags for one action).
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    /**
     * Claims the oldest unpublished events for this transaction. Rows another relay has claimed are skipped
     * ({@code SKIP LOCKED}); so is every aggregate another relay is publishing (a transaction-scoped advisory
     * lock per aggregate), so that two instances never publish one aggregate's events out of order.
     */
    @SuppressWarnings("unchecked")
    List<PendingEvent> claim(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select position, cast(id as varchar), topic, aggregate_id, type, envelope
                from outbox_event
                where published_at is null
                  and pg_try_advisory_xact_lock(:locks, hashtext(aggregate_id))
                order by position
                limit :limit
                for update skip locked""")
                .setParameter("locks", AGGREGATE_LOCKS)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new PendingEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5]))
                .toList();
    }

    void markPublished(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                update outbox_event set published_at = now(), attempts = attempts + 1, last_error = null
                where position in (:positions)""")
                .setParameter("positions", events.stream().map(PendingEvent::position).toList())
                .executeUpdate();
    }

    void recordFailure(PendingEvent event, String error) {
        em.createNativeQuery("""
                update outbox_event set attempts = attempts + 1, last_error = left(:error, 1000)
                where position = :position""")
                .setParameter("error", error)
                .setParameter("position", event.position())
                .executeUpdate();
    }

    OutboxBacklog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), min(occurred_at) from outbox_event where published_at is null""")
                .getSingleResult();
        long size = ((Number) row[0]).longValue();
        OffsetDateTime oldest = row[1] == null ? null : toOffsetDateTime(row[1]);
        return new OutboxBacklog(size, oldest);
    }

    int deletePublishedBefore(OffsetDateTime cutoff) {
        return em.createNativeQuery("delete from outbox_event where published_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
