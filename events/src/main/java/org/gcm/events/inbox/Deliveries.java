package org.gcm.events.inbox;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.MalformedEventException;
import org.gcm.events.contract.ReceivedEvent;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What every consumer does with a delivered envelope, written once: read it (a malformed one fails at once and
 * goes to the dead letters), then act on it at most once, in one transaction with the {@link Inbox} record.
 * An attempt that fails for a passing reason (see {@link TransientFailures}) is rolled back and tried again in a
 * new transaction, with a doubling wait, up to {@code gcm.inbox.attempts}; any other failure, or the last
 * attempt's, is thrown as an {@link UndeliveredEvent} naming the consumer, and the channel's dead-letter strategy
 * takes the event.
 *
 * <pre>{@code
 * @Incoming("grant-decisions") @Blocking
 * void on(String envelope) {
 *     deliveries.actOnce("request-funding", envelope, event -> switch (event.type()) { ... });
 * }
 * }</pre>
 * The method must not be {@code @Transactional} itself: each attempt needs a transaction of its own.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final CloudEventEnvelopes envelopes;
    private final Inbox inbox;
    private final InboxConfig config;

    Deliveries(CloudEventEnvelopes envelopes, Inbox inbox, InboxConfig config) {
        this.envelopes = envelopes;
        this.inbox = inbox;
        this.config = config;
    }

    /**
     * Acts on the event in {@code envelope} unless {@code consumer} already has.
     *
     * @param consumer names the effect; the same event may be acted on once by each consumer
     * @param effect   the effect, run inside the attempt's transaction; it ignores types it does not handle
     */
    public void actOnce(String consumer, String envelope, Consumer<ReceivedEvent> effect) {
        ReceivedEvent event;
        try {
            event = envelopes.read(envelope);
        } catch (MalformedEventException malformed) {
            throw new UndeliveredEvent(consumer, malformed);
        }
        Duration wait = config.initialBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(consumer, event.id())) {
                        effect.accept(event);
                    } else {
                        LOG.infof("%s: event %s (%s) was already acted on; redelivery ignored", consumer, event.id(),
                                event.type());
                    }
                });
                return;
            } catch (RuntimeException failure) {
                if (attempt >= config.attempts() || !TransientFailures.isTransient(failure)) {
                    LOG.errorf(failure, "%s: event %s (%s, subject %s) failed on attempt %d; it goes to the dead letters",
                            consumer, event.id(), event.type(), event.subject(), attempt);
                    throw new UndeliveredEvent(consumer, failure);
                }
                LOG.warnf("%s: event %s (%s) failed on attempt %d for a passing reason (%s); retrying in %d ms",
                        consumer, event.id(), event.type(), attempt, failure, wait.toMillis());
                pause(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry an event", e);
        }
    }
}
