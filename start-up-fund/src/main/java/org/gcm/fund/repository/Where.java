package org.gcm.fund.repository;

import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

/** The filters of a list query, each only when its value is given, and the page of its results. */
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

    /** Narrows to {@code field >= value} (named {@code parameter}), unless {@code value} is {@code null}. */
    Where atLeast(String field, String parameter, Object value) {
        return compare(field, ">=", parameter, value);
    }

    /** Narrows to {@code field <= value} (named {@code parameter}), unless {@code value} is {@code null}. */
    Where atMost(String field, String parameter, Object value) {
        return compare(field, "<=", parameter, value);
    }

    /** Narrows by a condition of its own on {@code :parameter}, unless {@code value} is {@code null}. */
    Where holds(String condition, String parameter, Object value) {
        if (value != null) {
            clause.append(" and ").append(condition);
            parameters.and(parameter, value);
        }
        return this;
    }

    private Where compare(String field, String operator, String parameter, Object value) {
        return holds(field + " " + operator + " :" + parameter, parameter, value);
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
