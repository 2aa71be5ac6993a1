package org.gcm.events.contract.payload;

import java.time.OffsetDateTime;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * The steering committee approved a seed grant, but the fund's available balance does not cover it yet: it
 * waits in the pipeline for contributions.
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#GRANT_PIPELINED}, topic {@code fund.grants},
 * subject and record key = the grant id.<br>
 * <b>Published by</b> the start-up fund when an application moves UNDER_REVIEW -> PIPELINE. Nothing is
 * reserved; a GrantApproved follows for the same grant when deposits cover it.<br>
 * <b>Consumed by</b> the connection hub, which keeps request {@code requestId} waiting for funds and tells the
 * requester that the grant is approved in principle.
 *
 * @param grantId the fund's id of the grant
 * @param requestId the hub's id of the country request the grant would fund
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param approvedAmount the amount approved, not yet reserved
 * @param decidedAt when the decision took effect, ISO 8601 date-time with offset
 */
@EventContract(type = EventTypes.GRANT_PIPELINED, topic = Topics.FUND_GRANTS)
public record GrantPipelined(
        String grantId,
        String requestId,
        String requestingCountry,
        Money approvedAmount,
        OffsetDateTime decidedAt) {

    public GrantPipelined {
        Checks.id("GrantPipelined.grantId", grantId);
        Checks.id("GrantPipelined.requestId", requestId);
        Checks.country("GrantPipelined.requestingCountry", requestingCountry);
        Checks.required("GrantPipelined.approvedAmount", approvedAmount);
        Checks.required("GrantPipelined.decidedAt", decidedAt);
    }
}
