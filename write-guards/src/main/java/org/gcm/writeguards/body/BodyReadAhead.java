package org.gcm.writeguards.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.problem.DeclaredBodyLimit;
import org.gcm.problem.ProblemResponses;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads a request's whole body on the event loop before the resource method's worker thread takes it.
 * <p>
 * Without it, a blocking endpoint starts on a worker thread as soon as the headers arrive and parses its JSON from
 * a stream that the event loop fills: the worker waits for the event loop to read the body and again to close the
 * stream. The benchmark (issue 9) found the hub's workers waiting about 90 ms per body at 64 callers on two cores,
 * longer than the database work itself. Read ahead, the body is in memory when the worker starts (RESTEasy Reactive
 * parses the routing context's body when there is one) and the worker only works.
 * <p>
 * The limit is Quarkus's own {@code quarkus.http.limits.max-body-size}: problem-details' {@link DeclaredBodyLimit}
 * refuses a longer declared {@code Content-Length} before this route; this one refuses a chunked body that grows
 * past it, with the same 413 problem. A caller that hangs up before its body has arrived is not a server error: it is logged at DEBUG, not as
 * an ERROR with a stack trace.
 */
@ApplicationScoped
public class BodyReadAhead {

    private static final Logger LOG = Logger.getLogger(BodyReadAhead.class);

    private final long limit;
    private final String tooLarge;

    public BodyReadAhead(DeclaredBodyLimit declared) {
        this.limit = declared.limit();
        this.tooLarge = declared.tooLarge();
    }

    void install(@Observes Router router) {
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(BodyHandler.create(false).setBodyLimit(limit))
                .handler(BodyReadAhead::emptyWhenNone)
                .failureHandler(this::refuse);
    }

    /**
     * A request without a body (a bodiless action such as {@code POST /requests/{id}/submit}) has none after the
     * BodyHandler; RESTEasy would then read the request's stream, which has already ended, and wait for its read
     * timeout. An empty body says there is nothing to read.
     */
    private static void emptyWhenNone(RoutingContext context) {
        if (context.body().buffer() == null) {
            context.setBody(Buffer.buffer());
        }
        context.next();
    }

    private void refuse(RoutingContext context) {
        if (context.failure() instanceof HttpClosedException) {
            LOG.debugf("%s %s: the caller closed the connection before its body arrived", context.request().method(),
                    context.request().path());
            return;
        }
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            LOG.infof("%s %s refused with 413: a chunked body past %d bytes", context.request().method(),
                    context.request().path(), limit);
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(tooLarge);
            return;
        }
        context.next();
    }
}
