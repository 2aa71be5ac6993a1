package org.gcm.knowledge.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gcm.knowledge.domain.ImportRejection;
import org.gcm.knowledge.domain.ImportState;
import org.gcm.knowledge.domain.PracticeImport;

/** Stores import batches, their progress and their rejected rows. */
@ApplicationScoped
public class ImportRepository {

    private final EntityManager em;

    public ImportRepository(EntityManager em) {
        this.em = em;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public Optional<PracticeImport> find(UUID id) {
        return Optional.ofNullable(em.find(PracticeImport.class, id));
    }

    public List<ImportRejection> rejections(UUID importId) {
        return em.createQuery("from ImportRejection where importId = :i order by rowNumber, field", ImportRejection.class)
                .setParameter("i", importId).getResultList();
    }

    /** Moves a QUEUED import to RUNNING; false if someone else already did. */
    public boolean claim(UUID id) {
        return em.createQuery("update PracticeImport set state = :running, version = version + 1 where id = :id and state = :queued")
                .setParameter("running", ImportState.RUNNING).setParameter("queued", ImportState.QUEUED)
                .setParameter("id", id).executeUpdate() == 1;
    }

    public void progress(UUID id, int rowsDone) {
        em.createQuery("update PracticeImport set rowsDone = :d where id = :id").setParameter("d", rowsDone)
                .setParameter("id", id).executeUpdate();
    }

    public List<UUID> inState(ImportState state) {
        return em.createQuery("select i.id from PracticeImport i where i.state = :s", UUID.class).setParameter("s", state)
                .getResultList();
    }
}
