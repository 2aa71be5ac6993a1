package org.gcm.knowledge.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.ReviewAssignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores and finds the reviewers' assignments. */
@ApplicationScoped
public class ReviewAssignmentRepository implements PanacheRepositoryBase<ReviewAssignment, UUID> {

    /** The panel of one practice, oldest assignment first. */
    public List<ReviewAssignment> ofPractice(UUID practiceId) {
        return list("practiceId = ?1 order by assignedAt, id", practiceId);
    }
}
