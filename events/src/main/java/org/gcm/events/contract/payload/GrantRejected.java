package org.gcm.events.contract.payload;

import java.time.OffsetDateTime;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * A seed-grant application was turned down, by the fund's rules at screening or by the steering committee.
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#GRANT_REJECTED}, topic {@code fund.grants},
 * subject and record key = the grant id.<br>
 * <b>Published by</b> the start-up fund when an application moves to REJECTED.<br>
 * <b>Consumed by</b> the connection hub, which moves request {@code requestId} FUNDING_REQUESTED -> NOT_FUNDED
 * and shows the reason to the requester and the secretariat.
 *
 * @param grantId the fund's id of the grant application
 * @param requestId the hub's id of the country request
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param reason why, in words fit to show the requester
 * @param decidedAt when the decision took effect, ISO 8601 date-time with offset
 */
@EventContract(type = EventTypes.GRANT_REJECTED, topic = Topics.FUND_GRANTS)
public record GrantRejected(
        String grantId,
        String requestId,
        String requestingCountry,
        String reason,
        OffsetDateTime decidedAt) {

    public GrantRejected {
        Checks.id("GrantRejected.grantId", grantId);
        Checks.id("GrantRejected.requestId", requestId);
        Checks.country("GrantRejected.requestingCountry", requestingCountry);
        Checks.text("GrantRejected.reason", reason);
        Checks.required("GrantRejected.decidedAt", decidedAt);
    }
}
