package org.gcm.gateway.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.gateway.config.GatewayConfig;
import org.gcm.gateway.config.PathPatterns;

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
        if (PathPatterns.matchesAny(anyMethod, path)) {
            return true;
        }
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && PathPatterns.matchesAny(readOnly, path);
    }
}
