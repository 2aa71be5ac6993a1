package org.gcm.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where each public path prefix leads. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The routes by name ({@code hub}, {@code fund}, {@code knowledge}). */
    Map<String, Route> routes();

    /** Which paths anonymous callers may use; every other routed path needs a valid token. */
    Anonymous anonymous();

    interface Anonymous {

        /** Path patterns open to anonymous callers for every method; a trailing {@code *} matches the rest. */
        List<String> anyMethod();

        /** Path patterns open to anonymous callers for GET and HEAD only. */
        List<String> readOnly();
    }

    interface Route {

        /** The public path prefix, for example {@code /api/hub}; it is removed before forwarding. */
        String prefix();

        /** The service's base address, for example {@code http://127.0.0.1:8081}. */
        URI target();

        /** How long a readiness probe of the service may take. */
        @WithDefault("2s")
        Duration healthTimeout();
    }
}
