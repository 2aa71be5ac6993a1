package org.gcm.fund.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.lifecycle.TransitionRecord;

/** One line of a grant's or a contribution's history. */
@Schema(name = "HistoryEntry", example = """
        {"at": "2026-11-21T10:00:00Z", "actor": "steering-committee-1", "role": "steering-committee", "action": "approve",
         "from": "UNDER_REVIEW", "to": "APPROVED", "comment": "Reserved 267500.00 USD from [COUNTRY:PHL]"}""")
public record HistoryEntryView(OffsetDateTime at, String actor, String role, String action, String from, String to,
        String comment) {

    public static HistoryEntryView of(TransitionRecord line) {
        return new HistoryEntryView(line.occurredAt, line.actor, line.actorRole, line.action, line.fromStatus,
                line.toStatus, line.comment);
    }
}
