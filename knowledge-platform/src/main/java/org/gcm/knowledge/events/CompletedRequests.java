package org.gcm.knowledge.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.payload.RequestCompleted;
import org.gcm.events.inbox.Deliveries;
import org.gcm.knowledge.service.RequestDrafts;

import io.smallrye.common.annotation.Blocking;

/** hub.requests: a completed request opens one draft practice; other event types are not ours. */
@ApplicationScoped
public class CompletedRequests {

    static final String CONSUMER = "practice-drafts";

    private final Deliveries deliveries;
    private final RequestDrafts drafts;

    public CompletedRequests(Deliveries deliveries, RequestDrafts drafts) {
        this.deliveries = deliveries;
        this.drafts = drafts;
    }

    @Incoming("hub-requests")
    @Blocking
    public void on(String envelope) {
        deliveries.actOnce(CONSUMER, envelope, event -> {
            if (EventTypes.REQUEST_COMPLETED.equals(event.type())) {
                drafts.open(event.dataAs(RequestCompleted.class));
            }
        });
    }
}
