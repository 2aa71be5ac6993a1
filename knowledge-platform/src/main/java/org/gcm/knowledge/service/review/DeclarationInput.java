package org.gcm.knowledge.service.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's declaration of conflicts of interest: none, or a conflict with the statement that describes it. */
@Schema(example = "{\"conflict\": false}")
public record DeclarationInput(boolean conflict, String statement) {
}
