package org.gcm.hub.service;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of an action: why, in a few words, kept in the history. */
@Schema(name = "ActionComment")
public record CommentInput(@Size(max = 2000) @Schema(example = "Ready for the secretariat.") String comment) {

    public static String of(CommentInput body) {
        return body == null ? null : body.comment();
    }
}
