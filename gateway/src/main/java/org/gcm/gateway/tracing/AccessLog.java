package org.gcm.gateway.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.tracing.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * One line per request in category {@code org.gcm.gateway.access}: route, method, path, status and duration,
 * with the request's id (see {@link RequestIds}), written when the answer is complete.
 */
@ApplicationScoped
public class AccessLog {

    /** Where the routing code notes which route took the request. */
    public static final String ROUTE = "gateway.route";

    private static final Logger ACCESS = Logger.getLogger("org.gcm.gateway.access");
    // Right after the request id is set, before authentication, so refusals are logged too.
    private static final int AFTER_REQUEST_ID = 999_999;

    void install(@Observes Filters filters) {
        filters.register(AccessLog::timeAndLog, AFTER_REQUEST_ID);
    }

    private static void timeAndLog(RoutingContext ctx) {
        long started = System.nanoTime();
        ctx.addEndHandler(done -> {
            MDC.put(RequestIds.LOG_KEY, RequestIds.of(ctx));
            ACCESS.infof("%s %s %s -> %d in %d ms", ctx.get(ROUTE, "-"), ctx.request().method(),
                    ctx.request().path(), ctx.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
        });
        ctx.next();
    }
}
