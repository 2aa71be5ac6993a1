package org.gcm.hub.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat's assessment: a score for each configured criterion, and the rationale of the decision. */
@Schema(name = "AssessmentInput")
public record AssessmentInput(
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Score> scores,
        @NotBlank @Size(max = 10000) @Schema(example = "Clearly relevant to objectives 3 and 6; strong national ownership.")
        String rationale) {

    @Schema(name = "CriterionScore")
    public record Score(@NotBlank @Size(max = 100) @Schema(description = "one of hub.assessment.criteria", example = "relevance")
            String criterion,
            @NotNull @Min(1) @Max(100) @Schema(description = "1 to hub.assessment.max-score (5 by default)", example = "4")
            Integer score,
            @Size(max = 2000) @Schema(example = "Addresses two objectives directly.") String comment) {
    }
}
