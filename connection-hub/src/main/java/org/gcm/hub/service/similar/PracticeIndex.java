package org.gcm.hub.service.similar;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.payload.PracticePublished;
import org.gcm.hub.domain.PublishedPractice;
import org.gcm.hub.repository.PublishedPracticeRepository;
import org.jboss.logging.Logger;

/** The hub's read model of the knowledge platform's published practices; a new version replaces the old. */
@ApplicationScoped
public class PracticeIndex {

    private static final Logger LOG = Logger.getLogger(PracticeIndex.class);

    private final PublishedPracticeRepository practices;

    public PracticeIndex(PublishedPracticeRepository practices) {
        this.practices = practices;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(PracticePublished event) {
        PublishedPractice practice = practices.findById(event.practiceId());
        boolean fresh = practice == null;
        if (fresh) {
            practice = new PublishedPractice();
            practice.practiceId = event.practiceId();
        } else if (practice.publishedAt.isAfter(event.publishedAt())) {
            LOG.infof("Practice %s: ignoring a version older than the one indexed", event.practiceId());
            return;
        }
        practice.kind = event.kind().name();
        practice.title = event.title();
        practice.summary = event.summary();
        practice.objectives = event.objectives();
        practice.guidingPrinciples = event.guidingPrinciples();
        practice.countries = event.countries();
        practice.regions = event.regions();
        practice.organisations = event.organisations();
        practice.sourceRequestId = event.sourceRequestId();
        practice.publishedAt = event.publishedAt();
        practice.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (fresh) {
            practices.persist(practice);
        }
        LOG.infof("Practice %s %s in the similar-initiatives index", event.practiceId(), fresh ? "added" : "replaced");
    }
}
