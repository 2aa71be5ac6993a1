package org.gcm.knowledge.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.ImportState;
import org.gcm.knowledge.domain.PracticeImport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores import batches and their progress. */
@ApplicationScoped
public class PracticeImportRepository implements PanacheRepositoryBase<PracticeImport, UUID> {

    /** Moves a QUEUED import to RUNNING; false if someone else already did. */
    public boolean claim(UUID id) {
        return update("state = ?1, version = version + 1 where id = ?2 and state = ?3", ImportState.RUNNING, id,
                ImportState.QUEUED) == 1;
    }

    public void progress(UUID id, int rowsDone) {
        update("rowsDone = ?1 where id = ?2", rowsDone, id);
    }

    public List<UUID> inState(ImportState state) {
        return getEntityManager().createQuery("select i.id from PracticeImport i where i.state = :s", UUID.class)
                .setParameter("s", state).getResultList();
    }
}
