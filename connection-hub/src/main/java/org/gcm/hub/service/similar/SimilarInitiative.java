package org.gcm.hub.service.similar;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice or an earlier request like the one at hand: how alike, why, and whom to talk to. */
@Schema(name = "SimilarInitiative")
public record SimilarInitiative(
        @Schema(description = "PRACTICE (from the knowledge platform) or REQUEST (an earlier request of the hub)") String source,
        String id, String title, @Schema(description = "the practice's kind, or the request's status") String kind,
        List<Integer> objectives, List<String> countries,
        @Schema(description = "weighted mean of the factor scores, 0 to 1") double score,
        double objectiveOverlap, double geography, double textSimilarity,
        @Schema(description = "why it matched, in words") List<String> why,
        Contact contact) {

    /** For a practice: its page on the knowledge platform; for a request: its focal point. */
    @Schema(name = "PeerContact")
    public record Contact(@Schema(example = "/api/knowledge/practices/a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d") String link,
            List<String> organisations, String name, String function, String email) {
    }
}
