package org.gcm.knowledge.repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.jpa.HibernateHints;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.PracticeTransition;
import org.gcm.knowledge.domain.ReviewAssignment;

/** Stores and finds practices, their review assignments and their history. */
@ApplicationScoped
public class PracticeRepository {

    private final EntityManager em;

    public PracticeRepository(EntityManager em) {
        this.em = em;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Practice> find(UUID id) {
        return Optional.ofNullable(em.find(Practice.class, id));
    }

    /** Locks the row so that two actions on one practice run one after the other. */
    public Optional<Practice> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Practice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Practice> bySourceRequest(String requestId) {
        return em.createQuery("from Practice where sourceRequestId = :r", Practice.class).setParameter("r", requestId)
                .getResultStream().findFirst();
    }

    public Optional<Practice> bySource(String source, String sourceId) {
        return em.createQuery("from Practice where source = :s and sourceId = :i", Practice.class)
                .setParameter("s", source).setParameter("i", sourceId).getResultStream().findFirst();
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
        Map<UUID, Practice> found = em.createQuery("from Practice where id in :ids", Practice.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    public long count() {
        return em.createQuery("select count(p) from Practice p", Long.class).getSingleResult();
    }

    /** Published practices, newest first, a page at a time (keyset on publication time and id). */
    public List<Practice> published(OffsetDateTime before, UUID beforeId, int limit) {
        if (before == null) {
            return em.createQuery("from Practice where status = :s order by publishedAt desc, id desc", Practice.class)
                    .setParameter("s", PracticeStatus.PUBLISHED).setMaxResults(limit).getResultList();
        }
        return em.createQuery("from Practice where status = :s and (publishedAt < :t or (publishedAt = :t and id < :id))"
                + " order by publishedAt desc, id desc", Practice.class)
                .setParameter("s", PracticeStatus.PUBLISHED).setParameter("t", before).setParameter("id", beforeId)
                .setMaxResults(limit).getResultList();
    }

    /** How many published review inputs each forum has (forums without any are absent). */
    public Map<String, Long> publishedInputsPerForum() {
        return em.createQuery("select p.forum, count(p) from Practice p where p.status = :s and p.forum is not null"
                + " group by p.forum", Object[].class).setParameter("s", PracticeStatus.PUBLISHED).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    public List<ReviewAssignment> assignments(UUID practiceId) {
        return em.createQuery("from ReviewAssignment where practiceId = :p order by assignedAt, id", ReviewAssignment.class)
                .setParameter("p", practiceId).getResultList();
    }

    public Map<UUID, List<ReviewAssignment>> assignments(Collection<UUID> practiceIds) {
        if (practiceIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from ReviewAssignment where practiceId in :p", ReviewAssignment.class)
                .setParameter("p", practiceIds).getResultStream()
                .sorted(Comparator.comparing((ReviewAssignment a) -> a.assignedAt))
                .collect(Collectors.groupingBy(a -> a.practiceId));
    }

    public List<PracticeTransition> history(UUID practiceId) {
        return em.createQuery("from PracticeTransition where practiceId = :p order by at, id", PracticeTransition.class)
                .setParameter("p", practiceId).getResultList();
    }
}
