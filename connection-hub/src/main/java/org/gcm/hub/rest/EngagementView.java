package org.gcm.hub.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementRole;
import org.gcm.hub.domain.EngagementStatus;

/** A proposed engagement and its answer. */
@Schema(name = "Engagement")
public record EngagementView(UUID id, UUID requestId, String requestTitle, String requestCountry, String partnerId,
        EngagementRole role, EngagementStatus status, String note, String proposedBy, OffsetDateTime proposedAt,
        String answeredBy, OffsetDateTime answeredAt, String answer, long version) {

    public static EngagementView of(Engagement e, String requestTitle, String requestCountry) {
        return new EngagementView(e.id, e.requestId, requestTitle, requestCountry, e.partnerId, e.role, e.status,
                e.note, e.proposedBy, e.proposedAt, e.answeredBy, e.answeredAt, e.answer, e.version);
    }
}
