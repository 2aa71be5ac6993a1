package org.gcm.knowledge.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.PracticeTransition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores and reads the practices' histories. */
@ApplicationScoped
public class PracticeTransitionRepository implements PanacheRepositoryBase<PracticeTransition, Long> {

    /** The history of one practice, oldest first. */
    public List<PracticeTransition> of(UUID practiceId) {
        return list("practiceId = ?1 order by occurredAt, id", practiceId);
    }

    /** Replaces a person's name in the actor of one practice's history lines (erasure); the lines stay. */
    public int anonymiseActor(UUID practiceId, String actor, String marker) {
        return update("actor = ?1 where practiceId = ?2 and actor = ?3", marker, practiceId, actor);
    }
}
