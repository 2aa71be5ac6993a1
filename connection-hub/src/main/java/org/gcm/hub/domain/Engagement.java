package org.gcm.hub.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Stateful;

/**
 * The secretariat's proposal that a partner take a role in a request's implementation, and its answer. It moves
 * only through {@code service/EngagementLifecycle}, by the actions of {@link EngagementAction}.
 */
@Entity
@Table(name = "engagement")
public class Engagement implements Stateful<EngagementStatus> {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "partner_id")
    public String partnerId;

    @Enumerated(EnumType.STRING)
    public EngagementRole role;

    @Enumerated(EnumType.STRING)
    public EngagementStatus status;

    public String note;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    public String answer;

    @Version
    public long version;

    @Override
    public EngagementStatus status() {
        return status;
    }

    /** Enters the state the lifecycle allowed; an accept or a decline is the partner's answer. */
    @Override
    public void enter(Action<EngagementStatus> action, OffsetDateTime at) {
        status = action.to();
        if (action == EngagementAction.ACCEPT || action == EngagementAction.DECLINE) {
            answeredAt = at;
        }
    }

    @Override
    public String describe() {
        return "Engagement " + id;
    }
}
