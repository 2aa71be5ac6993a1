package org.gcm.knowledge.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.repository.PracticeRepository;

/**
 * Publishes content that was reviewed elsewhere, without the platform's own review: demo data, and imports from
 * curated sources by an editor (the GFMD Platform for Partnerships and the like). The history says so; the
 * PracticePublished event leaves as for any publication.
 */
@ApplicationScoped
public class DirectPublication {

    private final PracticeRepository practices;
    private final PracticeService lifecycle;

    public DirectPublication(PracticeRepository practices, PracticeService lifecycle) {
        this.practices = practices;
        this.lifecycle = lifecycle;
    }

    /** Where published content came from. */
    public record Origin(String actor, String reason, boolean demo, String source, String sourceId, OffsetDateTime retrievedAt) {
    }

    /** Publishes new content (the content must already have passed {@link ContentRules}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Practice publishNew(PracticeContent content, Origin origin) {
        Practice p = lifecycle.newPractice(origin.actor(), content, PracticeStatus.PUBLISHED);
        p.demo = origin.demo();
        p.source = origin.source();
        p.sourceId = origin.sourceId();
        p.retrievedAt = origin.retrievedAt();
        p.publishedAt = p.createdAt;
        practices.persist(p);
        lifecycle.record(p, null, PracticeStatus.PUBLISHED, origin.actor(), origin.reason());
        practices.flush();
        lifecycle.announce(p);
        return p;
    }

    /** Replaces the content of a practice imported earlier from the same source id, and publishes it again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Practice republish(Practice p, PracticeContent content, Origin origin) {
        lifecycle.apply(p, content, PracticeService.now());
        p.retrievedAt = origin.retrievedAt();
        if (p.status != PracticeStatus.PUBLISHED) {
            PracticeStatus from = p.status;
            p.status = PracticeStatus.PUBLISHED;
            p.publishedAt = PracticeService.now();
            p.year = p.publishedAt.getYear();
            lifecycle.record(p, from, PracticeStatus.PUBLISHED, origin.actor(), origin.reason());
        }
        practices.flush();
        lifecycle.announce(p);
        return p;
    }
}
