package org.gcm.hub.funding;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.ReceivedEvent;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.GrantPipelined;
import org.gcm.events.contract.payload.GrantRejected;
import org.gcm.events.contract.payload.ImplementingOrganisation;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.RequestCompleted;
import org.gcm.events.contract.payload.TrancheDisbursed;
import org.gcm.hub.support.Broker;
import org.gcm.hub.support.Fund;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Funding: FundingRequested on the real broker, the fund's answers consumed idempotently, RequestCompleted. */
@QuarkusTest
class FundingTest {

    @Inject
    CloudEventEnvelopes envelopes;

    @Test
    void requestingFundingPublishesFundingRequestedWithTheAgreedPartners() {
        Hub.Agreed agreed = Hub.agreed("MEX");
        Hub.act(Tokens.secretariat(), agreed.requestId(), "request-funding", Hub.funding())
                .statusCode(200).body("status", equalTo("FUNDING_REQUESTED"))
                .body("funding.requestedAmount.amount", equalTo("250000.00"))
                .body("funding.coFunding[0].source", equalTo("Government of Mexico"));
        ConsumerRecord<String, String> record = Broker.await(Topics.HUB_REQUESTS, agreed.requestId(),
                value -> value.contains(EventTypes.FUNDING_REQUESTED));
        ReceivedEvent event = envelopes.read(record.value());
        assertEquals(agreed.requestId(), event.subject());
        FundingRequested payload = event.dataAs(FundingRequested.class);
        assertEquals("MEX", payload.requestingCountry());
        assertEquals(new Money("250000.00", "USD"), payload.requestedAmount());
        assertEquals(new Money("1250000.00", "USD"), payload.estimatedBudget());
        assertEquals(List.of(3, 6), payload.objectives());
        assertEquals("Government of Mexico", payload.coFunding().get(0).source());
        assertEquals(LocalDate.parse("2027-01-01"), payload.startDate());
        assertEquals(List.of(ImplementingOrganisation.Role.LEAD, ImplementingOrganisation.Role.PARTNER),
                payload.implementingOrganisations().stream().map(ImplementingOrganisation::role).toList());
        assertEquals(agreed.lead(), payload.implementingOrganisations().get(0).partnerId());
    }

    @Test
    void fundingNeedsAnAgreedImplementationAndValidAmounts() {
        String accepted = Hub.accepted("MEX");
        Hub.act(Tokens.secretariat(), accepted, "request-funding", Hub.funding()).statusCode(409)
                .body("detail", containsString("IMPLEMENTATION_AGREED"));
        Hub.Agreed agreed = Hub.agreed("MEX");
        Hub.act(Tokens.secretariat(), agreed.requestId(), "request-funding",
                java.util.Map.of("requestedAmount", java.util.Map.of("amount", "-5", "currency", "USD")))
                .statusCode(400);
        Hub.act(Tokens.memberState("MEX"), agreed.requestId(), "request-funding", Hub.funding()).statusCode(403);
    }

    @Test
    void aPipelinedThenApprovedGrantFundsTheRequestAndTranchesStartImplementation() {
        String id = fundingRequested();
        String grant = UUID.randomUUID().toString();
        Money amount = new Money("250000.00", "USD");
        String pipelined = envelope(EventTypes.GRANT_PIPELINED, grant,
                new GrantPipelined(grant, id, "MEX", amount, OffsetDateTime.now()));
        Broker.send(Topics.FUND_GRANTS, grant, pipelined, pipelined);
        awaitStatus(id, "FUNDING_PIPELINED");
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id).body("funding.decision", containsString("in principle"));

        String approved = envelope(EventTypes.GRANT_APPROVED, grant,
                new GrantApproved(grant, id, "MEX", amount, OffsetDateTime.now()));
        Broker.send(Topics.FUND_GRANTS, grant, approved);
        awaitStatus(id, "FUNDED");
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id).body("funding.grantId", equalTo(grant))
                .body("funding.approvedAmount.amount", equalTo("250000.00"));

        String first = envelope(EventTypes.TRANCHE_DISBURSED, grant, new TrancheDisbursed(grant, id, "MEX", 1,
                new Money("125000.00", "USD"), new Money("125000.00", "USD"), LocalDate.now()));
        String second = envelope(EventTypes.TRANCHE_DISBURSED, grant, new TrancheDisbursed(grant, id, "MEX", 2,
                new Money("125000.00", "USD"), amount, LocalDate.now()));
        // The first tranche delivered twice, then the second: one move, two history lines.
        Broker.send(Topics.FUND_GRANTS, grant, first, first, second);
        await().atMost(Broker.PATIENCE).untilAsserted(() -> Hub.get(Tokens.secretariat(), "/requests/" + id + "/history")
                .body("findAll { it.comment != null && it.comment.contains('tranche 2') }.size()", equalTo(1)));
        Hub.get(Tokens.secretariat(), "/requests/" + id + "/history")
                .body("findAll { it.to == 'IN_IMPLEMENTATION' }.size()", equalTo(2))
                .body("findAll { it.action == 'start-implementation' }.size()", equalTo(1))
                .body("findAll { it.to == 'FUNDING_PIPELINED' }.size()", equalTo(1))
                .body("findAll { it.role == 'system' }.size()", equalTo(4));
    }

    @Test
    void aRejectedGrantLeavesTheRequestNotFundedWithTheReasonAndFundingCanBeAskedAgain() {
        String id = fundingRequested();
        String grant = UUID.randomUUID().toString();
        String rejected = envelope(EventTypes.GRANT_REJECTED, grant,
                new GrantRejected(grant, id, "MEX", "Above the ceiling per grant", OffsetDateTime.now()));
        Broker.send(Topics.FUND_GRANTS, grant, rejected, rejected);
        awaitStatus(id, "NOT_FUNDED");
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id).body("funding.decision", containsString("ceiling"));
        Hub.get(Tokens.secretariat(), "/requests/" + id + "/history")
                .body("findAll { it.to == 'NOT_FUNDED' }.size()", equalTo(1));
        Hub.act(Tokens.memberState("MEX"), id, "withdraw", null).statusCode(409);
        Hub.act(Tokens.secretariat(), id, "request-funding", Hub.funding()).statusCode(200)
                .body("status", equalTo("FUNDING_REQUESTED"));
    }

    @Test
    void completionPublishesRequestCompletedAndCountsInTheTrackRecord() {
        String id = fundingRequested();
        String grant = Fund.approveAndDisburse(envelopes, id);
        Hub.act(Tokens.memberState("PHL"), id, "complete", null).statusCode(404);
        Hub.act(Tokens.memberState("MEX"), id, "complete", java.util.Map.of("comment", "Final report sent"))
                .statusCode(200).body("status", equalTo("COMPLETED"));
        ConsumerRecord<String, String> record = Broker.await(Topics.HUB_REQUESTS, id,
                value -> value.contains(EventTypes.REQUEST_COMPLETED));
        RequestCompleted completed = envelopes.read(record.value()).dataAs(RequestCompleted.class);
        assertEquals(grant, completed.grantId());
        assertEquals(List.of("people-centred", "gender-responsive"), completed.guidingPrinciples());
        assertEquals(2, completed.implementingOrganisations().size());
        String lead = completed.implementingOrganisations().get(0).partnerId();
        Hub.get(Tokens.secretariat(), "/partners/" + lead).body("completedEngagements", equalTo(1))
                .body("activeEngagements", equalTo(0));
    }

    @Test
    void anEventForAnUnknownRequestOrOfAnotherTypeChangesNothing() {
        String id = fundingRequested();
        String grant = UUID.randomUUID().toString();
        Broker.send(Topics.FUND_GRANTS, grant,
                envelope(EventTypes.GRANT_APPROVED, grant, new GrantApproved(grant, UUID.randomUUID().toString(), "MEX",
                        new Money("1.00", "USD"), OffsetDateTime.now())),
                envelope("org.gcm.fund.SomethingElse", grant, java.util.Map.of("grantId", grant)),
                envelope(EventTypes.GRANT_REJECTED, grant, new GrantRejected(grant, id, "MEX", "marker",
                        OffsetDateTime.now())));
        awaitStatus(id, "NOT_FUNDED");
    }

    private String fundingRequested() {
        Hub.Agreed agreed = Hub.agreed("MEX");
        Hub.act(Tokens.secretariat(), agreed.requestId(), "request-funding", Hub.funding()).statusCode(200);
        return agreed.requestId();
    }

    private String envelope(String type, String grantId, Object payload) {
        return Fund.envelope(envelopes, type, grantId, payload);
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Broker.PATIENCE).untilAsserted(() -> Hub.get(Tokens.secretariat(), "/requests/" + id)
                .body("status", equalTo(status)));
    }
}
