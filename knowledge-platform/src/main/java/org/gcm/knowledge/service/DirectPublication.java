package org.gcm.knowledge.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeAction;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.lifecycle.Actor;

/**
 * Publishes content that was reviewed elsewhere, without the platform's own review: demo data, and imports from
 * curated sources by an editor (the GFMD Platform for Partnerships and the like). The history says so; the
 * PracticePublished event leaves as for any publication.
 */
@ApplicationScoped
public class DirectPublication {

    private final PracticeRepository practices;
    private final PracticeLifecycle lifecycle;
    private final ContentWriter writer;
    private final Publication publication;

    public DirectPublication(PracticeRepository practices, PracticeLifecycle lifecycle, ContentWriter writer,
            Publication publication) {
        this.practices = practices;
        this.lifecycle = lifecycle;
        this.writer = writer;
        this.publication = publication;
    }

    /**
     * Where published content came from.
     *
     * @param actor who publishes, as the history records it (the importing editor, or a system)
     * @param reason the history's reason ({@code imported from gfmd-pfp})
     */
    public record Origin(Actor actor, String reason, boolean demo, String source, String sourceId,
            OffsetDateTime retrievedAt) {
    }

    /** Publishes new content (the content must already have passed {@link ContentRules}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Practice publishNew(PracticeContent content, Origin origin) {
        Practice p = writer.newPractice(origin.actor().name(), content, PracticeStatus.PUBLISHED, lifecycle.now());
        p.demo = origin.demo();
        p.source = origin.source();
        p.sourceId = origin.sourceId();
        p.retrievedAt = origin.retrievedAt();
        p.publishedAt = p.createdAt;
        practices.persist(p);
        lifecycle.created(p, origin.actor(), origin.reason());
        publication.announce(p);
        return p;
    }

    /** Replaces the content of a practice imported earlier from the same source id, and publishes it again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Practice republish(Practice p, PracticeContent content, Origin origin) {
        writer.write(p, content, lifecycle.now());
        p.retrievedAt = origin.retrievedAt();
        if (p.status != PracticeStatus.PUBLISHED) {
            lifecycle.move(p, PracticeAction.REPUBLISH, origin.actor(), origin.reason());
        }
        publication.announce(p);
        return p;
    }

    /**
     * Publishes a whole catalogue into a repository that has no practice yet (the demo data), and answers how many;
     * nothing when practices exist already.
     */
    @Transactional
    public int publishIntoEmpty(List<PracticeContent> catalogue, Origin origin) {
        if (practices.count() > 0) {
            return 0;
        }
        catalogue.forEach(content -> publishNew(content, origin));
        return catalogue.size();
    }
}
