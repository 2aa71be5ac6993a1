package org.gcm.tracing;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible id (else it is replaced,
 * so that nobody can write arbitrary text into the logs through it), or a new UUID. The id is returned in the
 * answer, set on the request (so a proxy forwards it) and put in the logging context as {@code requestId},
 * which the log format of every service prints: an operator finds all lines of one call, across the gateway
 * and the service, by the id the caller quotes.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";

    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    // Before authentication and routing, so that refusals carry the id too.
    private static final int BEFORE_EVERYTHING = 1_000_000;

    void install(@Observes Filters filters) {
        filters.register(RequestIds::identify, BEFORE_EVERYTHING);
    }

    /** The id of the request being handled, as this filter set it. */
    public static String of(RoutingContext ctx) {
        return ctx.request().getHeader(HEADER);
    }

    private static void identify(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && PLAUSIBLE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.request().headers().set(HEADER, id);
        ctx.response().putHeader(HEADER, id);
        // Quarkus keeps the logging context with the request's Vert.x context, also on worker threads.
        MDC.put(LOG_KEY, id);
        ctx.next();
    }
}
