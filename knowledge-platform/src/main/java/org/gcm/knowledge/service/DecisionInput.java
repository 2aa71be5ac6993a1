package org.gcm.knowledge.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An editor's decision on a practice, or an archive: why. Required to request changes and to reject. */
@Schema(example = "{\"reason\": \"Please add the results of the 2023 evaluation.\"}")
public record DecisionInput(String reason) {

    /** The reason of a body that may be absent. */
    public static String reasonOf(DecisionInput decision) {
        return decision == null ? null : decision.reason();
    }
}
