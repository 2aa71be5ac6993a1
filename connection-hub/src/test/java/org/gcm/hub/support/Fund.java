package org.gcm.hub.support;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.TrancheDisbursed;

/** The start-up fund as the hub hears it: its grant events, produced to the real broker. */
public final class Fund {

    private Fund() {
    }

    /** Approves a grant for a request waiting for funding and disburses its one tranche: IN_IMPLEMENTATION. */
    public static String approveAndDisburse(CloudEventEnvelopes envelopes, String requestId) {
        String grant = UUID.randomUUID().toString();
        Money amount = new Money("250000.00", "USD");
        Broker.send(Topics.FUND_GRANTS, grant,
                envelope(envelopes, EventTypes.GRANT_APPROVED, grant,
                        new GrantApproved(grant, requestId, "MEX", amount, OffsetDateTime.now())),
                envelope(envelopes, EventTypes.TRANCHE_DISBURSED, grant,
                        new TrancheDisbursed(grant, requestId, "MEX", 1, amount, amount, LocalDate.now())));
        await().atMost(Broker.PATIENCE).untilAsserted(() -> Hub.get(Tokens.secretariat(), "/requests/" + requestId)
                .body("status", equalTo("IN_IMPLEMENTATION")));
        return grant;
    }

    public static String envelope(CloudEventEnvelopes envelopes, String type, String grantId, Object payload) {
        return envelopes.write(UUID.randomUUID(), URI.create("/start-up-fund"), type, grantId, OffsetDateTime.now(),
                payload);
    }
}
