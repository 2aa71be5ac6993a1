package org.gcm.lifecycle;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every history table has, in every service alike ({@code request_transition},
 * {@code engagement_transition}, {@code grant_transition}, {@code contribution_transition},
 * {@code practice_transition}): an identity {@code id} that orders the lines, then who, role, when, what, from,
 * to and why; the entity adds the aggregate's id. States are stored by name, as the enums spell them.
 */
@MappedSuperclass
public abstract class TransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(nullable = false)
    public String action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    public String comment;

    /** Copies a transition into the columns. */
    protected void fill(Transition<?> transition) {
        occurredAt = transition.at();
        actor = transition.actor().name();
        actorRole = transition.actor().role();
        action = transition.action();
        fromStatus = transition.from() == null ? null : transition.from().name();
        toStatus = transition.to().name();
        comment = transition.comment();
    }
}
