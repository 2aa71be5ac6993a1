package org.gcm.knowledge.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeAction;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.PracticeTransition;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.knowledge.repository.PracticeTransitionRepository;
import org.jboss.logging.Logger;

/**
 * Erases the personal data of a rejected practice on request (issue 17): its contact and whoever submitted it
 * (the practice's submitter and the history lines that name them) are replaced by {@link #ERASED}; the practice,
 * its review and its history stay, so the record of what was decided remains. The erasure is itself a history line
 * (who, in which role, when) and happens once: asking again changes nothing.
 */
@ApplicationScoped
public class PersonalDataErasure {

    /** What stands where a person's name or id was. */
    public static final String ERASED = "[erased]";

    private static final Logger LOG = Logger.getLogger(PersonalDataErasure.class);

    private final PracticeRepository practices;
    private final PracticeTransitionRepository history;
    private final PracticeLifecycle lifecycle;

    public PersonalDataErasure(PracticeRepository practices, PracticeTransitionRepository history,
            PracticeLifecycle lifecycle) {
        this.practices = practices;
        this.history = history;
        this.lifecycle = lifecycle;
    }

    @Transactional
    public Practice erase(UUID id) {
        Practice p = practices.findForUpdate(id).orElseThrow(() -> PracticeAccess.notFound(id));
        if (p.personalDataErasedAt != null) {
            return p;
        }
        p.requireErasable(archivedAfterRejection(history.of(id)));
        String submitter = p.submittedBy;
        p.contactName = null;
        p.contactEmail = null;
        p.contactPublicationConsent = false;
        p.submittedBy = ERASED;
        history.anonymiseActor(id, submitter, ERASED);
        p.personalDataErasedAt = lifecycle.now();
        p.updatedAt = p.personalDataErasedAt;
        lifecycle.note(p, "erase-personal-data", lifecycle.actor(), "personal data erased: contact and submitter");
        LOG.infof("Personal data of practice %s erased", p.id);
        return p;
    }

    private static boolean archivedAfterRejection(List<PracticeTransition> lines) {
        return lines.stream().anyMatch(l -> PracticeAction.ARCHIVE.label().equals(l.action)
                && PracticeStatus.REJECTED.name().equals(l.fromStatus));
    }
}
