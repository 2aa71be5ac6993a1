package org.gcm.testsupport.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A valid call of one operation on real resources, which the suites vary: values for its path parameters, its
 * query parameters and headers, and its JSON body (maps, lists, strings, numbers, as Jackson writes them).
 * A service's wiring gives one per operationId, for resources it created before the suite runs.
 */
public final class Baseline {

    private final Map<String, String> path = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;

    public static Baseline call() {
        return new Baseline();
    }

    public Baseline path(String name, String value) {
        path.put(name, value);
        return this;
    }

    public Baseline query(String name, String value) {
        query.put(name, value);
        return this;
    }

    public Baseline header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Baseline body(Object value) {
        this.body = value;
        return this;
    }

    public Map<String, String> path() {
        return path;
    }

    public Map<String, String> query() {
        return query;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Object body() {
        return body;
    }
}
