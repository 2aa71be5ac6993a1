package org.gcm.knowledge.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.caller.Caller;
import org.gcm.caller.Roles;
import org.gcm.events.contract.payload.PracticeStatusChanged;
import org.gcm.events.contract.payload.StatusChange;
import org.gcm.events.outbox.Outbox;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeAction;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.PracticeTransition;
import org.gcm.knowledge.repository.PracticeTransitionRepository;
import org.gcm.lifecycle.Actor;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;

/**
 * Moves a practice through its lifecycle ({@link PracticeAction}) and keeps its history: every move, who, in which
 * role, when and why, in the transaction of the change; every change of state, the creation included, is a
 * {@link PracticeStatusChanged} (countries and owner country; no submitter, reviewer or contact).
 */
@ApplicationScoped
public class PracticeLifecycle extends Lifecycle<Practice, PracticeStatus, PracticeAction> {

    private final PracticeTransitionRepository history;
    private final Caller caller;
    private final Outbox outbox;

    public PracticeLifecycle(PracticeTransitionRepository history, Caller caller, Outbox outbox) {
        this.history = history;
        this.caller = caller;
        this.outbox = outbox;
    }

    /** The caller as the history records it: the token's subject and the role it acts in here. */
    public Actor actor() {
        return new Actor(caller.subject(), caller.actingRole(Roles.EDITOR, Roles.SECRETARIAT, Roles.REVIEWER, Roles.MEMBER_STATE));
    }

    @Override
    protected void record(Practice practice, Transition<PracticeStatus> line) {
        history.persist(PracticeTransition.of(practice.id, line));
    }

    @Override
    protected void announce(Practice practice, Transition<PracticeStatus> change) {
        outbox.append(practice.id.toString(), new PracticeStatusChanged(practice.id.toString(), practice.countries,
                practice.ownerCountry, StatusChange.of(change.action(), change.from(), change.to(), change.at())));
    }

    /**
     * The first line, with why the practice exists ({@code created}, {@code imported from gfmd-pfp}, ...): its
     * history has always said so, and the API shows it as the first line's reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Practice practice, Actor actor, String why) {
        created(practice, actor, why, practice.createdAt);
    }

    /** The history of a practice, oldest first. */
    public List<PracticeTransition> history(UUID practiceId) {
        return history.of(practiceId);
    }
}
