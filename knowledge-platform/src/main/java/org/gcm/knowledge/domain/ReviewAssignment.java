package org.gcm.knowledge.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reviewer assigned by an editor to review one practice. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

    @Id
    public UUID id;

    @Column(name = "practice_id", nullable = false)
    public UUID practiceId;

    /** The reviewer's token subject. */
    @Column(nullable = false)
    public String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Affiliation affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AssignmentState state;

    @Column(name = "conflict_statement", columnDefinition = "text")
    public String conflictStatement;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Recommendation recommendation;

    @Column(columnDefinition = "text")
    public String comments;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "declared_at")
    public OffsetDateTime declaredAt;

    @Column(name = "recommended_at")
    public OffsetDateTime recommendedAt;

    @Version
    public long version;

    public boolean active() {
        return state != AssignmentState.CONFLICTED;
    }
}
