package org.gcm.knowledge.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores and finds practices. */
@ApplicationScoped
public class PracticeRepository implements PanacheRepositoryBase<Practice, UUID> {

    /** Locks the row so that two actions on one practice run one after the other. */
    public Optional<Practice> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Practice> bySourceRequest(String requestId) {
        return find("sourceRequestId", requestId).firstResultOptional();
    }

    public Optional<Practice> bySource(String source, String sourceId) {
        return find("source = ?1 and sourceId = ?2", source, sourceId).firstResultOptional();
    }

    /**
     * The practices with these ids, in the order of the ids, read-only: a page of search results is only shown, so
     * Hibernate keeps no snapshot of them (a deep copy of every JSON and array column) and does not check them for
     * changes at commit. This load was 40% of the search's CPU samples in the benchmark's profile.
     */
    public List<Practice> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Practice> found = find("id in ?1", ids).withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Published practices, newest first, a page at a time (keyset on publication time and id). */
    public List<Practice> published(OffsetDateTime before, UUID beforeId, int limit) {
        if (before == null) {
            return find("status = ?1 order by publishedAt desc, id desc", PracticeStatus.PUBLISHED)
                    .range(0, limit - 1).list();
        }
        return find("status = ?1 and (publishedAt < ?2 or (publishedAt = ?2 and id < ?3)) order by publishedAt desc, id desc",
                PracticeStatus.PUBLISHED, before, beforeId).range(0, limit - 1).list();
    }

    /** How many published review inputs each forum has (forums without any are absent). */
    public Map<String, Long> publishedInputsPerForum() {
        return getEntityManager().createQuery("select p.forum, count(p) from Practice p where p.status = :s"
                + " and p.forum is not null group by p.forum", Object[].class)
                .setParameter("s", PracticeStatus.PUBLISHED).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }
}
