package org.gcm.hub.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.domain.RequestTransition;

/** One line of a request's audit trail. */
@Schema(name = "HistoryEntry")
public record HistoryEntryView(OffsetDateTime at, String actor, String role, String action, RequestStatus from,
        RequestStatus to, String comment) {

    public static HistoryEntryView of(RequestTransition t) {
        return new HistoryEntryView(t.occurredAt, t.actor, t.actorRole, t.action, status(t.fromStatus),
                status(t.toStatus), t.comment);
    }

    private static RequestStatus status(String name) {
        return name == null ? null : RequestStatus.valueOf(name);
    }
}
