package org.gcm.knowledge.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.payload.PracticePublished;
import org.gcm.events.outbox.Outbox;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.repository.PracticeRepository;

/**
 * Tells the other services that a practice is public, or public in a revised version: PracticePublished through
 * the outbox, in the transaction of the change. No contact details (personal data) leave in the event.
 */
@ApplicationScoped
public class Publication {

    private final PracticeRepository practices;
    private final Outbox outbox;

    public Publication(PracticeRepository practices, Outbox outbox) {
        this.practices = practices;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Practice p) {
        // Written first, so that a value the database refuses fails the change before the event is queued.
        practices.flush();
        Set<String> organisations = new LinkedHashSet<>(p.organisations);
        organisations.addAll(p.partners);
        outbox.append(p.id.toString(), new PracticePublished(p.id.toString(),
                PracticePublished.Kind.valueOf(p.kind.name()), p.title(), p.summary(), p.objectives, p.principles,
                p.countries, p.regions.stream().filter(r -> r.matches("[0-9]{3}")).toList(),
                List.copyOf(organisations), p.sourceRequestId, p.publishedAt));
    }
}
