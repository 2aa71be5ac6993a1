package org.gcm.events.contract.payload;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * A contribution was recorded (a pledge) or changed state: committed, deposited, cancelled.
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#CONTRIBUTION_STATUS_CHANGED}, topic
 * {@code fund.contributions}, subject and record key = the contribution id.<br>
 * <b>Published by</b> the start-up fund when a pledge is recorded (PLEDGED, {@code change.from} absent) and on
 * every move, in the transaction of the change; each cash receipt is a ContributionDeposited besides.<br>
 * <b>Consumed by</b> no service yet: the feed for subscribers, whose right to see it is decided by
 * {@code contributorId} (the donor). No actor, no comment, no contact: events carry no personal data.
 *
 * @param contributionId the fund's id of the contribution
 * @param contributorId the fund's id of the contributor (the {@code contributor_id} claim of its users)
 * @param amount the amount pledged or committed, in the original currency
 * @param change the action, the state before (absent at the pledge), the state after and when
 */
@EventContract(type = EventTypes.CONTRIBUTION_STATUS_CHANGED, topic = Topics.FUND_CONTRIBUTIONS)
public record ContributionStatusChanged(String contributionId, String contributorId, Money amount,
        StatusChange change) {

    public ContributionStatusChanged {
        Checks.id("ContributionStatusChanged.contributionId", contributionId);
        Checks.id("ContributionStatusChanged.contributorId", contributorId);
        Checks.required("ContributionStatusChanged.amount", amount);
        Checks.required("ContributionStatusChanged.change", change);
    }
}
