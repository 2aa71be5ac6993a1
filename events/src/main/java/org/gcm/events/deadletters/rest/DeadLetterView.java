package org.gcm.events.deadletters.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.events.deadletters.DeadLetter;
import org.gcm.events.deadletters.DeadLetterEntry;
import org.gcm.events.deadletters.DeadLetterReplay;
import org.gcm.events.deadletters.ReplayOutcome;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A dead letter as the operator sees it: the envelope's attributes, never its data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DeadLetter", description = "An event a consumer of this service could not act on. Only the "
        + "CloudEvents attributes are shown, never the event's data.")
public record DeadLetterView(
        @Schema(description = "Its id: partition and offset on the service's dead-letter topic", example = "0-17") String id,
        @Schema(description = "The CloudEvents id; absent when the message was not a CloudEvent") String eventId,
        @Schema(description = "The CloudEvents type", example = "org.gcm.fund.GrantApproved") String type,
        @Schema(description = "The aggregate the event is about") String subject,
        @Schema(description = "The record's key: the aggregate id, also when the message was not a CloudEvent") String key,
        @Schema(description = "The publishing service", example = "/start-up-fund") String source,
        @Schema(description = "Where it was consumed from", example = "fund.grants") String sourceTopic,
        Integer sourcePartition,
        Long sourceOffset,
        @Schema(description = "The consumer that failed on it; absent when not known", example = "request-funding-status") String consumer,
        @Schema(description = "When it went to the dead letters") OffsetDateTime deadLetteredAt,
        @Schema(description = "The class of the failure", example = "org.hibernate.exception.JDBCConnectionException") String failure,
        @Schema(description = "The failure's message") String reason,
        @Schema(description = "Whether the consumer has acted on the event by now (its inbox holds it)") boolean actedOn,
        @Schema(description = "Its replay; absent until replayed") Replay replay) {

    /** Who replayed it, when, and what the replay did. */
    public record Replay(String by, OffsetDateTime at, ReplayOutcome outcome) {

        static Replay of(DeadLetterReplay replay) {
            return replay == null ? null : new Replay(replay.replayedBy, replay.replayedAt, replay.outcome);
        }
    }

    public static DeadLetterView of(DeadLetterEntry entry) {
        DeadLetter letter = entry.letter();
        return new DeadLetterView(letter.id(), letter.eventId(), letter.type(), letter.subject(), letter.key(), letter.source(),
                letter.sourceTopic(), letter.sourcePartition(), letter.sourceOffset(), letter.consumer(),
                letter.deadLetteredAt(), letter.failure(), letter.reason(), entry.actedOn(), Replay.of(entry.replay()));
    }
}
