package org.gcm.knowledge.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.PracticeTransition;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.refusals.Forbidden;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * A practice's content: any signed-in user starts one as a draft; its submitter (or an editor) changes it; whoever
 * may read it reads it and its history. Moves are {@link Submissions} and {@link EditorialDecisions}.
 */
@ApplicationScoped
public class PracticeService {

    private static final Logger LOG = Logger.getLogger(PracticeService.class);

    private final PracticeRepository practices;
    private final PracticeAccess access;
    private final PracticeLifecycle lifecycle;
    private final ContentRules rules;
    private final ContentWriter writer;
    private final Publication publication;

    public PracticeService(PracticeRepository practices, PracticeAccess access, PracticeLifecycle lifecycle,
            ContentRules rules, ContentWriter writer, Publication publication) {
        this.practices = practices;
        this.access = access;
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.writer = writer;
        this.publication = publication;
    }

    @Transactional
    public Practice create(PracticeContent content) {
        rules.requireValid(content);
        Practice p = writer.newPractice(access.subject(), content, PracticeStatus.DRAFT, lifecycle.now());
        practices.persist(p);
        lifecycle.created(p, lifecycle.actor(), "created");
        LOG.infof("Practice %s created as DRAFT (kind %s)", p.id, p.kind);
        return p;
    }

    /** The practice if the caller may read it; otherwise 404, never a hint that it exists. */
    @Transactional
    public Practice read(UUID id) {
        return access.visible(id).practice();
    }

    /** The contact is shown to anyone only with its publication agreed; otherwise to its submitter and editors. */
    public boolean showsContact(Practice p) {
        return p.contactPublishable() || access.editor() || access.owns(p);
    }

    @Transactional
    public List<PracticeTransition> history(UUID id) {
        access.visible(id);
        return lifecycle.history(id);
    }

    /**
     * Replaces the content. The submitter (or the owning country) may while it is DRAFT or CHANGES_REQUESTED;
     * editors may at any state but ARCHIVED, and an editor's correction of a PUBLISHED practice publishes the
     * revised version again.
     */
    @Transactional
    public Practice update(UUID id, String ifMatch, PracticeContent content) {
        Practice p = access.forChange(id).practice();
        EntityTags.requireMatch(ifMatch, p.version, "practice " + id);
        boolean editor = access.editor();
        if (!editor && !access.owns(p)) {
            throw new Forbidden("Only its submitter or an editor may change practice " + id + ".");
        }
        p.requireChangeable(editor);
        rules.requireValid(content);
        writer.write(p, content, lifecycle.now());
        if (p.status == PracticeStatus.PUBLISHED) {
            publication.announce(p);
            LOG.infof("Practice %s revised by an editor and published again", p.id);
        }
        return p;
    }
}
