package org.gcm.events.outbox;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;

/**
 * The only way a service emits an event: the event is written to the outbox table in the transaction of the
 * business change that caused it, so it exists exactly when the change does. The relay publishes it after
 * the commit; a rolled-back change leaves no event behind.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    private final OutboxStore store;
    private final CloudEventEnvelopes envelopes;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final URI source;

    Outbox(OutboxStore store, CloudEventEnvelopes envelopes, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, OutboxConfig config, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.store = store;
        this.envelopes = envelopes;
        this.transactions = transactions;
        this.relay = relay;
        this.source = URI.create(config.source().orElse("/" + application));
    }

    /**
     * Records an event about the aggregate {@code aggregateId}, of the type and on the topic that the payload's
     * record declares ({@link org.gcm.events.contract.EventContract}). Must be called inside the transaction of the change: without one
     * it fails rather than emit an event for a change that may never commit.
     *
     * @return the event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateId, Record payload) {
        EventContract contract = EventTypes.contractOf(payload.getClass());
        String topic = contract.topic();
        String type = contract.type();
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        store.insert(id, topic, aggregateId, type, envelopes.write(id, source, type, aggregateId, now, payload), now);
        wakeRelayAfterCommit();
        return id;
    }

    /**
     * Sends an event that left once already again, exactly as it was (same topic, key and envelope, so the same
     * event id): a dead letter being replayed. Consumers that acted on it find its id in their inbox and skip it.
     * The outbox row gets an id of its own, because the event may have left through this very outbox before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resend(String topic, String key, String type, String envelope) {
        store.insert(UUID.randomUUID(), topic, key, type, envelope, OffsetDateTime.now(ZoneOffset.UTC));
        wakeRelayAfterCommit();
    }

    /** Hands the relay its work as soon as the transaction commits, instead of at its next poll. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
