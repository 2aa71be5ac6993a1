package org.gcm.fund.service.grants;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.ReviewNote;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.ReviewNoteRepository;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.grants.GrantCommands.NewNote;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;

/** The review of a screened application, and the notes its reviewers keep with it. */
@ApplicationScoped
public class GrantReview {

    private final GrantApplications applications;
    private final ReviewNoteRepository notes;
    private final GrantLifecycle lifecycle;
    private final FundAccess access;

    GrantReview(GrantApplications applications, ReviewNoteRepository notes, GrantLifecycle lifecycle, FundAccess access) {
        this.applications = applications;
        this.notes = notes;
        this.lifecycle = lifecycle;
        this.access = access;
    }

    /** SCREENED -> UNDER_REVIEW. */
    @Transactional
    public SeedGrant start(UUID id, String ifMatch) {
        SeedGrant grant = applications.get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        lifecycle.move(grant, GrantAction.START_REVIEW, access.actor(), null);
        return grant;
    }

    /** A note, kept and never edited, while the grant is neither closed nor rejected. */
    @Transactional
    public ReviewNote addNote(UUID id, NewNote body) {
        SeedGrant grant = applications.get(id);
        if (grant.status == GrantStatus.CLOSED || grant.status == GrantStatus.REJECTED) {
            throw new StateConflict(grant.describe() + " is " + grant.status + "; notes are taken while it is "
                    + "RECEIVED, SCREENED, UNDER_REVIEW, APPROVED, PIPELINE or ACTIVE.");
        }
        Actor actor = access.actor();
        ReviewNote note = new ReviewNote();
        note.id = UUID.randomUUID();
        note.grantId = id;
        note.author = actor.name();
        note.authorRole = actor.role();
        note.text = body.text().strip();
        note.writtenAt = lifecycle.now();
        notes.persist(note);
        return note;
    }

    /** The notes, oldest first. */
    public List<ReviewNote> notes(UUID id) {
        return notes.of(applications.get(id).id);
    }
}
