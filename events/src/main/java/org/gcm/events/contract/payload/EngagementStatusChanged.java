package org.gcm.events.contract.payload;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * An engagement (the secretariat's proposal that a partner take a role in a request's implementation) was offered,
 * answered or otherwise changed state.
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#ENGAGEMENT_STATUS_CHANGED}, topic {@code hub.requests},
 * subject and record key = the <em>request</em> id, so that a request's engagements and its own moves stay in one
 * order (accepting the last engagement moves the request).<br>
 * <b>Published by</b> the connection hub when an engagement is proposed (PROPOSED, the offer) and on every move
 * after it (the partner's answer, a withdrawal), in the transaction of the change.<br>
 * <b>Consumed by</b> no service yet: the feed for subscribers, whose right to see it is decided by
 * {@code partnerId} (the partner) and {@code requestingCountry} (the Member State). No actor, no note, no answer
 * text: events carry no personal data.
 *
 * @param engagementId the hub's id of the engagement
 * @param requestId the hub's id of the country request it is part of
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param partnerId the partner's id in the hub's registry (the {@code partner_id} claim of its users)
 * @param change the action, the state before (absent when proposed), the state after and when
 */
@EventContract(type = EventTypes.ENGAGEMENT_STATUS_CHANGED, topic = Topics.HUB_REQUESTS)
public record EngagementStatusChanged(String engagementId, String requestId, String requestingCountry,
        String partnerId, StatusChange change) {

    public EngagementStatusChanged {
        Checks.id("EngagementStatusChanged.engagementId", engagementId);
        Checks.id("EngagementStatusChanged.requestId", requestId);
        Checks.country("EngagementStatusChanged.requestingCountry", requestingCountry);
        Checks.id("EngagementStatusChanged.partnerId", partnerId);
        Checks.required("EngagementStatusChanged.change", change);
    }
}
