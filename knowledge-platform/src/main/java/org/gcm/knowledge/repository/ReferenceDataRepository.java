package org.gcm.knowledge.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gcm.knowledge.domain.GuidingPrinciple;
import org.gcm.knowledge.domain.M49Area;
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

    /** Every M49 area, countries and regions alike. */
    public List<M49Area> areas() {
        return em.createQuery("from M49Area order by code", M49Area.class).getResultList();
    }

    /** The countries and areas (M49 level COUNTRY) that have an ISO 3166-1 alpha-3 code, by code. */
    public List<M49Area> countries() {
        return em.createQuery("from M49Area where level = 'COUNTRY' and iso3 is not null order by iso3", M49Area.class)
                .getResultList();
    }

    /** The M49 regions, subregions and intermediate regions (not the world, not countries). */
    public List<M49Area> regions() {
        return em.createQuery("from M49Area where level in ('REGION', 'SUBREGION', 'INTERMEDIATE_REGION') order by code",
                M49Area.class).getResultList();
    }
}
