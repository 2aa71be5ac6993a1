package org.gcm.knowledge.service.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.knowledge.domain.Affiliation;

/**
 * An editor puts a reviewer on a practice's panel: their user id (the token's subject) and the affiliation the
 * panel needs; the reviewer's token must carry that affiliation when they act. A user id is what the realm allows
 * as a user name (at most 255 characters of letters, digits and {@code . _ @ + -}), nothing else.
 */
@Schema(example = "{\"reviewer\": \"reviewer-un-1\", \"affiliation\": \"UN\"}")
public record AssignmentInput(
        @NotNull @Size(min = 1, max = 255) @Pattern(regexp = "[A-Za-z0-9._@+-]+") String reviewer,
        @NotNull Affiliation affiliation) {
}
