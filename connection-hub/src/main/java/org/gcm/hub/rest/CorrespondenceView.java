package org.gcm.hub.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.domain.Correspondence;
import org.gcm.hub.domain.CorrespondenceKind;

/** Advice, a question or an answer about a request. */
@Schema(name = "Correspondence")
public record CorrespondenceView(long id, CorrespondenceKind kind, String author, String role, OffsetDateTime at,
        String text) {

    public static CorrespondenceView of(Correspondence c) {
        return new CorrespondenceView(c.id, c.kind, c.author, c.authorRole, c.writtenAt, c.text);
    }
}
