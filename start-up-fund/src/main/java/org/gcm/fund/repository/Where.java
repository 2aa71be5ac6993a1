package org.gcm.fund.repository;

import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

/** The equality filters of a list query, each only when its value is given, and the page of its results. */
final class Where {

    private final StringBuilder clause = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    /** Narrows to {@code field = value}, unless {@code value} is {@code null}. */
    Where equal(String field, Object value) {
        if (value != null) {
            clause.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
        return this;
    }

    String clause() {
        return clause.toString();
    }

    Parameters parameters() {
        return parameters;
    }

    static <T> Page<T> page(PanacheQuery<T> query, Paging paging) {
        return new Page<>(query.range(paging.offset(), paging.offset() + paging.limit() - 1).list(), query.count());
    }
}
