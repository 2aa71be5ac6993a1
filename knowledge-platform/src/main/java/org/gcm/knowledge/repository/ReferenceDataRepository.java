package org.gcm.knowledge.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gcm.knowledge.domain.GuidingPrinciple;
import org.gcm.knowledge.domain.Objective;
import org.gcm.knowledge.domain.ThematicArea;

/** Reads the reference lists; they are small and fixed, so each read returns the whole ordered list. */
@ApplicationScoped
public class ReferenceDataRepository {

    private final EntityManager em;

    public ReferenceDataRepository(EntityManager em) {
        this.em = em;
    }

    public List<Objective> objectives() {
        return em.createQuery("from Objective order by number", Objective.class).getResultList();
    }

    public Optional<Objective> objective(int number) {
        return Optional.ofNullable(em.find(Objective.class, number));
    }

    public List<GuidingPrinciple> principles() {
        return em.createQuery("from GuidingPrinciple order by label", GuidingPrinciple.class).getResultList();
    }

    public List<ThematicArea> thematicAreas() {
        return em.createQuery("from ThematicArea order by code", ThematicArea.class).getResultList();
    }
}
