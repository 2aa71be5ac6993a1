package org.gcm.events.deadletters;

import java.time.OffsetDateTime;

/**
 * A record of the service's dead-letter topic as an operator sees it: the event's CloudEvents attributes (never its
 * data, which may name people), where it came from, which consumer failed on it, when and why. The key and the
 * envelope are kept for a replay only.
 *
 * @param id             its position on the dead-letter topic, {@code <partition>-<offset>}
 * @param consumer       the consumer that failed ({@code Deliveries.actOnce}'s name); null when not known
 * @param failure        the class of the failure
 * @param reason         the failure's message
 */
public record DeadLetter(String id, String eventId, String type, String subject, String source, String sourceTopic,
        Integer sourcePartition, Long sourceOffset, String consumer, OffsetDateTime deadLetteredAt, String failure,
        String reason, String key, String envelope) {

    /** Only a CloudEvent whose source topic is known can go back there. */
    public boolean replayable() {
        return eventId != null && type != null && sourceTopic != null && envelope != null;
    }
}
