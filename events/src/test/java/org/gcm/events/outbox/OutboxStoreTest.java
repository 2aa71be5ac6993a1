package org.gcm.events.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The outbox's locking and cleanup, on the real database, with no relay running in the background. */
@QuarkusTest
@TestProfile(RelayPaused.class)
class OutboxStoreTest {

    @Inject
    OutboxStore store;

    @Inject
    OutboxCleanup cleanup;

    @Inject
    EntityManager em;

    @Test
    void twoRelaysNeverClaimTheSameRowsNorInterleaveOneAggregate() throws Exception {
        String a = "aggregate-" + UUID.randomUUID();
        String b = "aggregate-" + UUID.randomUUID();
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID b1 = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            insert(a1, a);
            insert(a2, a);
            insert(b1, b);
        });

        CountDownLatch firstHasClaimed = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        // The first relay claims a1 only and holds its transaction open.
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<String> claimed = ids(store.claim(1));
            firstHasClaimed.countDown();
            secondIsDone.await(30, TimeUnit.SECONDS);
            return claimed;
        }));
        assertTrue(firstHasClaimed.await(30, TimeUnit.SECONDS));
        // Meanwhile a second relay claims what it can.
        List<String> second = QuarkusTransaction.requiringNew().call(() -> ids(store.claim(100)));
        secondIsDone.countDown();

        List<String> firstClaimed = first.get(30, TimeUnit.SECONDS);
        assertTrue(firstClaimed.contains(a1.toString()), "the first relay takes the oldest row, a1: " + firstClaimed);
        assertFalse(second.contains(a1.toString()), "a row claimed by one relay is skipped by the other");
        assertFalse(second.contains(a2.toString()),
                "a later event of an aggregate another relay is publishing is left alone, so it cannot overtake a1");
        assertTrue(second.contains(b1.toString()), "other aggregates go ahead: " + second);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from outbox_event where aggregate_id in (:a, :b)").setParameter("a", a).setParameter("b", b)
                .executeUpdate());
    }

    @Test
    void theCleanupDeletesOldPublishedEventsOnly() {
        String aggregate = "aggregate-" + UUID.randomUUID();
        UUID oldPublished = UUID.randomUUID();
        UUID recentPublished = UUID.randomUUID();
        UUID oldWaiting = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            insert(oldPublished, aggregate);
            insert(recentPublished, aggregate);
            insert(oldWaiting, aggregate);
            setPublishedAt(oldPublished, OffsetDateTime.now(ZoneOffset.UTC).minusDays(30));
            setPublishedAt(recentPublished, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        });

        cleanup.deleteOldPublishedEvents();

        List<String> left = QuarkusTransaction.requiringNew().call(() -> ids(em.createNativeQuery(
                "select cast(id as varchar) from outbox_event where aggregate_id = :a order by position")
                .setParameter("a", aggregate).getResultList()));
        assertEquals(List.of(recentPublished.toString(), oldWaiting.toString()), left);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from outbox_event where aggregate_id = :a").setParameter("a", aggregate).executeUpdate());
    }

    private void insert(UUID id, String aggregate) {
        store.insert(id, "test.outbox", aggregate, "org.gcm.test.Probe", "{}",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(60));
    }

    private void setPublishedAt(UUID id, OffsetDateTime when) {
        em.createNativeQuery("update outbox_event set published_at = :when where id = :id")
                .setParameter("when", when).setParameter("id", id).executeUpdate();
    }

    private static List<String> ids(List<?> rows) {
        return rows.stream().map(r -> r instanceof PendingEvent e ? e.id() : String.valueOf(r)).toList();
    }
}
