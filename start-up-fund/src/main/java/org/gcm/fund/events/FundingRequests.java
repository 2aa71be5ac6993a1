package org.gcm.fund.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.ReceivedEvent;
import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.inbox.Inbox;
import org.gcm.fund.service.GrantApplications;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** The hub asks for seed funding: a FundingRequested opens one seed-grant application, however often it is delivered. */
@ApplicationScoped
public class FundingRequests {

    static final String CONSUMER = "grant-applications";

    @Inject
    CloudEventEnvelopes envelopes;

    @Inject
    Inbox inbox;

    @Inject
    GrantApplications applications;

    @Incoming("hub-requests")
    @Blocking
    @Transactional
    public void on(String envelope) {
        ReceivedEvent event = envelopes.read(envelope);
        if (!EventTypes.FUNDING_REQUESTED.equals(event.type())) {
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        applications.open(event.dataAs(FundingRequested.class), event.id());
    }
}
