package org.gcm.events.contract.payload;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * A country request was created or changed state (DESIGN.md section 4: every state change is an event).
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#REQUEST_STATUS_CHANGED}, topic {@code hub.requests},
 * subject and record key = the request id.<br>
 * <b>Published by</b> the connection hub on every move of a request and at its creation (DRAFT), in the
 * transaction of the change, besides the flow events (FundingRequested, RequestCompleted) of the same moves.<br>
 * <b>Consumed by</b> no service yet: it is the feed for subscribers (webhooks), whose right to see it is decided
 * by {@code requestingCountry}. No actor, no comment, no focal point: events carry no personal data.
 *
 * @param requestId the hub's id of the country request
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param change the action, the state before (absent at creation), the state after and when
 */
@EventContract(type = EventTypes.REQUEST_STATUS_CHANGED, topic = Topics.HUB_REQUESTS)
public record RequestStatusChanged(String requestId, String requestingCountry, StatusChange change) {

    public RequestStatusChanged {
        Checks.id("RequestStatusChanged.requestId", requestId);
        Checks.country("RequestStatusChanged.requestingCountry", requestingCountry);
        Checks.required("RequestStatusChanged.change", change);
    }
}
