package org.gcm.hub.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.payload.PracticePublished;
import org.gcm.events.inbox.Deliveries;
import org.gcm.hub.service.similar.PracticeIndex;

import io.smallrye.common.annotation.Blocking;

/** Practices published by the knowledge platform (topic knowledge.practices) feed the similar-initiatives index. */
@ApplicationScoped
public class PracticeEvents {

    static final String CONSUMER = "similar-initiatives-index";

    private final Deliveries deliveries;
    private final PracticeIndex index;

    public PracticeEvents(Deliveries deliveries, PracticeIndex index) {
        this.deliveries = deliveries;
        this.index = index;
    }

    @Incoming("knowledge-practices")
    @Blocking
    public void on(String envelope) {
        deliveries.actOnce(CONSUMER, envelope, event -> {
            if (EventTypes.PRACTICE_PUBLISHED.equals(event.type())) {
                index.publish(event.dataAs(PracticePublished.class));
            }
        });
    }
}
