package org.gcm.knowledge.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.ImportRejection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores the rows an import rejected, with the reasons. */
@ApplicationScoped
public class ImportRejectionRepository implements PanacheRepositoryBase<ImportRejection, UUID> {

    /** The rejected rows of one import, in row order. */
    public List<ImportRejection> of(UUID importId) {
        return list("importId = ?1 order by rowNumber, field", importId);
    }
}
