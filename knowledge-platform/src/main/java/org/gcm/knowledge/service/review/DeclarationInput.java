package org.gcm.knowledge.service.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reviewer's declaration of conflicts of interest: none, or a conflict with the statement that describes it.
 * {@code conflict} must be said, {@code true} or {@code false}: a reviewer is never cleared by default.
 */
@Schema(example = "{\"conflict\": false}")
public record DeclarationInput(@NotNull Boolean conflict, @Size(max = 4000) String statement) {
}
