package org.gcm.writeguards.idempotency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The {@code idempotency_key} table, in plain SQL: it is not a domain entity of any service. */
@ApplicationScoped
class IdempotencyKeyStore {

    /** The answer remembered for a key, and the fingerprint of the body that got it. */
    record Remembered(String fingerprint, int status, String location, String entityTag, String body) {
    }

    @Inject
    EntityManager entityManager;

    /**
     * Takes the key for this caller and scope, or finds it taken. A concurrent creation with the same key holds
     * the row until its transaction ends, so this waits for it and then sees its answer.
     *
     * @return empty if this transaction now owns the key; else the answer remembered for it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Remembered> claim(String caller, String scope, String key, String fingerprint) {
        int inserted = entityManager.createNativeQuery("""
                insert into idempotency_key (caller, scope, idempotency_key, fingerprint, created_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, caller).setParameter(2, scope).setParameter(3, key).setParameter(4, fingerprint)
                .setParameter(5, OffsetDateTime.now())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select fingerprint, status, location, entity_tag, body from idempotency_key
                where caller = ?1 and scope = ?2 and idempotency_key = ?3""")
                .setParameter(1, caller).setParameter(2, scope).setParameter(3, key)
                .getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Remembered((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                (String) row[3], (String) row[4]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void remember(String caller, String scope, String key, int status, String location, String entityTag,
            String body) {
        entityManager.createNativeQuery("""
                update idempotency_key set status = ?4, location = ?5, entity_tag = ?6, body = ?7
                where caller = ?1 and scope = ?2 and idempotency_key = ?3""")
                .setParameter(1, caller).setParameter(2, scope).setParameter(3, key).setParameter(4, status)
                .setParameter(5, location).setParameter(6, entityTag).setParameter(7, body)
                .executeUpdate();
    }

    @Transactional
    int forgetOlderThan(OffsetDateTime cutoff) {
        return entityManager.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
    }
}
