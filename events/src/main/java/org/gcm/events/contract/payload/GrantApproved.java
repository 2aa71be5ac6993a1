package org.gcm.events.contract.payload;

import java.time.OffsetDateTime;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * The steering committee approved a seed grant and the fund reserved its money (para 43 (b)(i)).
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#GRANT_APPROVED}, topic {@code fund.grants},
 * subject and record key = the grant id.<br>
 * <b>Published by</b> the start-up fund when an application moves UNDER_REVIEW -> APPROVED, or PIPELINE ->
 * APPROVED once contributions cover a pipelined grant; the amount is then reserved in the ledger.<br>
 * <b>Consumed by</b> the connection hub, which moves request {@code requestId} FUNDING_REQUESTED -> FUNDED
 * (also from its pipelined state) and shows the approved amount.
 *
 * @param grantId the fund's id of the grant
 * @param requestId the hub's id of the country request the grant funds
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param approvedAmount the amount approved and reserved
 * @param decidedAt when the decision took effect, ISO 8601 date-time with offset
 */
@EventContract(type = EventTypes.GRANT_APPROVED, topic = Topics.FUND_GRANTS)
public record GrantApproved(
        String grantId,
        String requestId,
        String requestingCountry,
        Money approvedAmount,
        OffsetDateTime decidedAt) {

    public GrantApproved {
        Checks.id("GrantApproved.grantId", grantId);
        Checks.id("GrantApproved.requestId", requestId);
        Checks.country("GrantApproved.requestingCountry", requestingCountry);
        Checks.required("GrantApproved.approvedAmount", approvedAmount);
        Checks.required("GrantApproved.decidedAt", decidedAt);
    }
}
