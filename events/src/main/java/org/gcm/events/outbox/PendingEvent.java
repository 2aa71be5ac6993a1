package org.gcm.events.outbox;

/** An outbox row claimed by the relay: what goes to Kafka, and where it stands in the outbox. */
record PendingEvent(long position, String id, String topic, String aggregateId, String type, String envelope) {
}
