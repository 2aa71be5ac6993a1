package org.gcm.hub.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.gcm.paging.Page;
import org.gcm.paging.Paging;

/**
 * A list query of one table narrowed by optional filters, in native SQL because the filters use PostgreSQL's jsonb
 * operators; answers a page and the total, counted with the same conditions.
 */
final class NativeFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} with its named parameter when {@code value} is given; a null value does not narrow. */
    NativeFilter with(Object value, String condition, String parameter) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    <E> Page<E> page(EntityManager em, String table, String orderBy, Class<E> type, Paging paging) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Query count = em.createNativeQuery("select count(*) from " + table + where);
        Query page = em.createNativeQuery("select * from " + table + where + " order by " + orderBy, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<E> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList();
        return new Page<>(items, ((Number) count.getSingleResult()).longValue());
    }
}
