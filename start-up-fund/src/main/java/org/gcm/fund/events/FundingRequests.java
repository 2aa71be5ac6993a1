package org.gcm.fund.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.inbox.Deliveries;
import org.gcm.fund.service.grants.GrantApplications;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** The hub asks for seed funding: a FundingRequested opens one seed-grant application, however often it is delivered. */
@ApplicationScoped
public class FundingRequests {

    static final String CONSUMER = "grant-applications";

    private final Deliveries deliveries;
    private final GrantApplications applications;

    FundingRequests(Deliveries deliveries, GrantApplications applications) {
        this.deliveries = deliveries;
        this.applications = applications;
    }

    @Incoming("hub-requests")
    @Blocking
    public void on(String envelope) {
        deliveries.actOnce(CONSUMER, envelope, event -> {
            if (EventTypes.FUNDING_REQUESTED.equals(event.type())) {
                applications.open(event.dataAs(FundingRequested.class), event.id());
            }
        });
    }
}
