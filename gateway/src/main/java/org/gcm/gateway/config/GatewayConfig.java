package org.gcm.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where each public path prefix leads, and the limits the gateway keeps on the way. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The routes by name ({@code hub}, {@code fund}, {@code knowledge}). */
    Map<String, Route> routes();

    /** Which paths anonymous callers may use; every other routed path needs a valid token. */
    Anonymous anonymous();

    /**
     * The framework endpoints of the services (under their {@code /q/}) that callers may reach through the
     * gateway; the others (metrics, for example) are for operators on the services' own ports, and answer 404.
     */
    @WithDefault("/q/openapi,/q/openapi/*,/q/health,/q/health/*")
    List<String> publishedServiceEndpoints();

    /** The one OpenAPI document the gateway serves at {@code /openapi}, merged from the services' documents. */
    OpenApi openapi();

    /** The largest request body forwarded; a larger one is refused with 413 before it reaches a service. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    interface OpenApi {

        /**
         * The gateway's address as integrators reach it, the document's one server: absolute, because a relative
         * server gives generated clients no base address.
         */
        @WithDefault("http://localhost:8080")
        URI publicUrl();

        /** What the server is, with its environment (local, staging, production): integrators see it beside the URL. */
        @WithDefault("The mechanism's gateway, local stack")
        String serverDescription();

        /** The routes whose services' documents are merged, in this order (it decides nothing but the listing). */
        @WithDefault("hub,fund,knowledge")
        List<String> services();

        /** How long a merged document is served before the services' documents are fetched again. */
        @WithDefault("1m")
        Duration cacheFor();

        /** How long fetching one service's document may take; beyond it the merge fails with 503. */
        @WithDefault("5s")
        Duration fetchTimeout();
    }

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

        /** How long the service may take to connect. Beyond it the caller gets 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long the service may stay silent while answering. Beyond it the caller gets 504. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * Keep-alive connections to the service at most; calls beyond them wait for a free one. Vert.x's own default
         * (5) queued concurrent callers behind five connections.
         */
        @WithDefault("64")
        int connections();

        CircuitBreaker circuitBreaker();

        RateLimit rateLimit();
    }

    /** Stops sending to a service that keeps failing, so callers get 503 at once instead of waiting. */
    interface CircuitBreaker {

        /** Consecutive connection failures or timeouts that open the circuit. */
        @WithDefault("5")
        int failures();

        /** How long the circuit stays open before one trial request may test the service again. */
        @WithDefault("10s")
        Duration resetAfter();
    }

    /** Requests per client (the token's subject, else the address) and route; beyond it 429 with Retry-After. */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Requests allowed per {@link #period()}; refilled gradually. */
        @WithDefault("600")
        long requests();

        @WithDefault("1m")
        Duration period();
    }
}
