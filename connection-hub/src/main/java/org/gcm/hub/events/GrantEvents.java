package org.gcm.hub.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.ReceivedEvent;
import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.GrantPipelined;
import org.gcm.events.contract.payload.GrantRejected;
import org.gcm.events.contract.payload.TrancheDisbursed;
import org.gcm.events.inbox.Deliveries;
import org.gcm.hub.service.GrantAnswers;

import io.smallrye.common.annotation.Blocking;

/** The start-up fund's answers (topic fund.grants) move the requests they concern. */
@ApplicationScoped
public class GrantEvents {

    static final String CONSUMER = "request-funding-status";

    private final Deliveries deliveries;
    private final GrantAnswers grants;

    public GrantEvents(Deliveries deliveries, GrantAnswers grants) {
        this.deliveries = deliveries;
        this.grants = grants;
    }

    @Incoming("fund-grants")
    @Blocking
    public void on(String envelope) {
        deliveries.actOnce(CONSUMER, envelope, this::act);
    }

    private void act(ReceivedEvent event) {
        switch (event.type()) {
            case EventTypes.GRANT_APPROVED -> grants.approved(event.dataAs(GrantApproved.class));
            case EventTypes.GRANT_PIPELINED -> grants.pipelined(event.dataAs(GrantPipelined.class));
            case EventTypes.GRANT_REJECTED -> grants.rejected(event.dataAs(GrantRejected.class));
            case EventTypes.TRANCHE_DISBURSED -> grants.disbursed(event.dataAs(TrancheDisbursed.class));
            default -> {
                // Other types on the topic are not the hub's concern.
            }
        }
    }
}
