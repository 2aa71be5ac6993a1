package org.gcm.fund.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.ReviewNote;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReviewNoteRepository implements PanacheRepositoryBase<ReviewNote, UUID> {

    public List<ReviewNote> of(UUID grantId) {
        return list("grantId", Sort.by("writtenAt").and("id"), grantId);
    }
}
