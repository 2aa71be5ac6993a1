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

/** The secretariat's proposal that a partner take a role in a request's implementation, and its answer. */
@Entity
@Table(name = "engagement")
public class Engagement {

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
}
