package org.gcm.events.contract.payload;

import java.time.LocalDate;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * A tranche of an approved seed grant was paid out to the implementing organisations.
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#TRANCHE_DISBURSED}, topic {@code fund.grants},
 * subject and record key = the grant id.<br>
 * <b>Published by</b> the start-up fund when a fund manager records a disbursement (the first one moves the
 * grant APPROVED -> ACTIVE).<br>
 * <b>Consumed by</b> the connection hub: the first tranche moves request {@code requestId} FUNDED ->
 * IN_IMPLEMENTATION; every tranche is added to the request's history.
 *
 * @param grantId the fund's id of the grant
 * @param requestId the hub's id of the country request the grant funds
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param trancheNumber 1 for the first tranche, then 2, 3, ...
 * @param amount this tranche
 * @param disbursedToDate everything disbursed for the grant so far, this tranche included
 * @param disbursedOn value date of the payment, ISO 8601 date
 */
@EventContract(type = EventTypes.TRANCHE_DISBURSED, topic = Topics.FUND_GRANTS)
public record TrancheDisbursed(
        String grantId,
        String requestId,
        String requestingCountry,
        int trancheNumber,
        Money amount,
        Money disbursedToDate,
        LocalDate disbursedOn) {

    public TrancheDisbursed {
        Checks.id("TrancheDisbursed.grantId", grantId);
        Checks.id("TrancheDisbursed.requestId", requestId);
        Checks.country("TrancheDisbursed.requestingCountry", requestingCountry);
        if (trancheNumber < 1) {
            throw new IllegalArgumentException("TrancheDisbursed.trancheNumber must be 1 or more, got " + trancheNumber);
        }
        Checks.required("TrancheDisbursed.amount", amount);
        Checks.required("TrancheDisbursed.disbursedToDate", disbursedToDate);
        Checks.required("TrancheDisbursed.disbursedOn", disbursedOn);
    }
}
