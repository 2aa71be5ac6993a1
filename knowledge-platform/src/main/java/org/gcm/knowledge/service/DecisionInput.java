package org.gcm.knowledge.service;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an editor publishes or archives a practice, if they say: optional. */
@Schema(example = "{\"reason\": \"The quorum recommends publication.\"}")
public record DecisionInput(@Size(max = ReasonInput.REASON_MAX) String reason) {

    /** The reason of a body that may be absent. */
    public static String reasonOf(DecisionInput decision) {
        return decision == null ? null : decision.reason();
    }
}
