package org.gcm.knowledge.service.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.knowledge.domain.Recommendation;

/** A cleared reviewer's recommendation to the editors, with comments. */
@Schema(example = "{\"recommendation\": \"PUBLISH\", \"comments\": \"Well documented.\"}")
public record RecommendationInput(@NotNull Recommendation recommendation, @Size(max = 10_000) String comments) {
}
