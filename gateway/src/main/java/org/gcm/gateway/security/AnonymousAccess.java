package org.gcm.gateway.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.gateway.config.GatewayConfig;

import io.vertx.core.http.HttpMethod;

/** Decides from configuration whether a routed request may go through without a token. */
@ApplicationScoped
public class AnonymousAccess {

    private final List<String> anyMethod;
    private final List<String> readOnly;

    public AnonymousAccess(GatewayConfig config) {
        this.anyMethod = config.anonymous().anyMethod();
        this.readOnly = config.anonymous().readOnly();
    }

    public boolean allows(HttpMethod method, String path) {
        if (matchesAny(anyMethod, path)) {
            return true;
        }
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && matchesAny(readOnly, path);
    }

    private static boolean matchesAny(List<String> patterns, String path) {
        for (String pattern : patterns) {
            if (pattern.endsWith("*") ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                    : path.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
