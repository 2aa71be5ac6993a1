package org.gcm.fund.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.ContributionStatusChanged;
import org.gcm.events.contract.payload.GrantStatusChanged;
import org.gcm.fund.support.Broker;
import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every move of a contribution and of a seed grant is published (issue 16, item 1) with the contributor and the
 * requesting country a subscriber's rights are decided on, and nothing that names a person: no contact, no actor,
 * no comment.
 */
@QuarkusTest
class StatusChangeEventsTest {

    @Inject
    CloudEventEnvelopes envelopes;

    @Test
    void aContributionsPledgeAndMovesArePublishedWithItsContributor() {
        String contributor = FundApi.contributor("10", "NZL");
        String contribution = FundApi.pledge(contributor, FundApi.money("50000.00", "NZD"), Map.of("kind", "UNEARMARKED"));
        FundApi.commit(contributor, contribution);

        ContributionStatusChanged pledged = contributionChange(contribution, "create");
        assertEquals(List.of(contribution, contributor, "50000.00", "NZD", "PLEDGED"), List.of(pledged.contributionId(),
                pledged.contributorId(), pledged.amount().amount(), pledged.amount().currency(), pledged.change().to()));
        assertNull(pledged.change().from(), "a pledge is the contribution's first state");
        ContributionStatusChanged committed = contributionChange(contribution, "commit");
        assertEquals(List.of("PLEDGED", "COMMITTED", contributor), List.of(committed.change().from(),
                committed.change().to(), committed.contributorId()));
    }

    @Test
    void aGrantsMovesArePublishedWithItsCountryAndTheContributorsWhoseMoneyItReserves() {
        String contributor = FundApi.contributor("60", null);
        String contribution = FundApi.pledge(contributor, FundApi.usd("300000.00"), Map.of("kind", "COUNTRY", "value", "MNG"));
        FundApi.commit(contributor, contribution);
        FundApi.deposit(contribution, FundApi.usd("300000.00"), "1");
        String grant = FundApi.underReview("MNG", "120000.00", List.of(2, 5));
        FundApi.approve(grant);

        GrantStatusChanged received = grantChange(grant, "create");
        assertEquals(List.of("MNG", "RECEIVED", List.of()), List.of(received.requestingCountry(), received.change().to(),
                received.contributorIds()), "nothing reserved yet, so no contributor funds it");
        GrantStatusChanged approved = grantChange(grant, "approve");
        assertEquals(List.of("UNDER_REVIEW", "APPROVED"), List.of(approved.change().from(), approved.change().to()));
        assertTrue(approved.contributorIds().contains(contributor), approved.contributorIds() + " names " + contributor);
        assertEquals("MNG", approved.requestingCountry());
    }

    private ContributionStatusChanged contributionChange(String id, String action) {
        return read(record(Topics.FUND_CONTRIBUTIONS, id, EventTypes.CONTRIBUTION_STATUS_CHANGED, action),
                ContributionStatusChanged.class);
    }

    private GrantStatusChanged grantChange(String id, String action) {
        return read(record(Topics.FUND_GRANTS, id, EventTypes.GRANT_STATUS_CHANGED, action), GrantStatusChanged.class);
    }

    private static ConsumerRecord<String, String> record(String topic, String key, String type, String action) {
        return Broker.await(topic, key, value -> value.contains("\"" + type + "\"")
                && value.contains("\"action\":\"" + action + "\""), 1).get(0);
    }

    /** Reads the payload, after checking the envelope holds no person: the contributor's contact, an actor. */
    private <T extends Record> T read(ConsumerRecord<String, String> record, Class<T> payload) {
        for (String personal : List.of("Jo Test", "jo@example.org", "fund-manager", "steering-committee", "donor-")) {
            assertFalse(record.value().contains(personal), personal + " is in " + record.value());
        }
        return envelopes.read(record.value()).dataAs(payload);
    }
}
