package org.gcm.events.contract.payload;

import java.util.List;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * A seed-grant application was opened or changed state.
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#GRANT_STATUS_CHANGED}, topic {@code fund.grants},
 * subject and record key = the grant id.<br>
 * <b>Published by</b> the start-up fund at the application's opening (RECEIVED) and on every move, in the
 * transaction of the change, besides the flow events (GrantApproved, GrantRejected, ...) of the same moves.<br>
 * <b>Consumed by</b> no service yet: the feed for subscribers, whose right to see it is decided by
 * {@code requestingCountry} (the Member State) and {@code contributorIds} (the donors whose money it draws on).
 * No actor, no comment, no review note: events carry no personal data.
 *
 * @param grantId the fund's id of the grant
 * @param requestId the hub's id of the country request the grant is for
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param contributorIds the fund's ids of the contributors whose contributions fund it: those of the pools its
 *        reservation draws on; empty while nothing is reserved (before approval, pipelined, rejected)
 * @param change the action, the state before (absent at opening), the state after and when
 */
@EventContract(type = EventTypes.GRANT_STATUS_CHANGED, topic = Topics.FUND_GRANTS)
public record GrantStatusChanged(String grantId, String requestId, String requestingCountry,
        List<String> contributorIds, StatusChange change) {

    public GrantStatusChanged {
        Checks.id("GrantStatusChanged.grantId", grantId);
        Checks.id("GrantStatusChanged.requestId", requestId);
        Checks.country("GrantStatusChanged.requestingCountry", requestingCountry);
        contributorIds = Checks.list("GrantStatusChanged.contributorIds", contributorIds);
        contributorIds.forEach(id -> Checks.id("GrantStatusChanged.contributorIds", id));
        Checks.required("GrantStatusChanged.change", change);
    }
}
