package org.gcm.problem;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request target longer than {@code gcm.request-limits.max-uri-length} with 414, and header lines larger
 * than {@code gcm.request-limits.max-header-size} with 431, each as a problem naming the limit, before authentication
 * and before any resource runs.
 * <p>
 * Vert.x applies its own limits while decoding, before any route exists, and answers with an empty body; it offers a
 * hook for those answers ({@code HttpServer.invalidRequestHandler}), but Quarkus creates the server and does not
 * expose it (quarkus issue 55082). So the codec's limits are raised to a ceiling (this module's
 * {@code META-INF/microprofile-config.properties}) and the limits we declare are checked here, where a problem can be
 * written; only a request past the ceiling still gets the codec's empty answer.
 */
@ApplicationScoped
public class RequestLimits {

    /** After the request id is given (request-tracing) and the gateway's access log starts, before authentication. */
    static final int PRIORITY = 999_000;
    /** A header line's separator, {@code ": "}, counted as the codec counts it. */
    private static final int SEPARATOR = 2;

    private final int maxUriLength;
    private final long maxHeaderSize;
    private final RoutedProblems problems;

    public RequestLimits(RequestLimitsConfig config, RoutedProblems problems) {
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderSize = config.maxHeaderSize().asLongValue();
        this.problems = problems;
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        int uriLength = context.request().uri().length();
        if (uriLength > maxUriLength) {
            // No instance: it would repeat the overlong target.
            refuse(context, 414, "The request target (path and query) is " + uriLength + " characters long; this "
                    + "service accepts at most " + maxUriLength + ".", null);
            return;
        }
        long headerSize = headerSize(context);
        if (headerSize > maxHeaderSize) {
            refuse(context, 431, "The request's header lines add up to " + headerSize + " bytes; this service accepts "
                    + "at most " + maxHeaderSize + ".", context.request().path());
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, int status, String detail, String instance) {
        // The connection may hold the rest of an oversized request: it is not reused.
        context.response().putHeader("Connection", "close");
        problems.answer(context, ProblemResponses.problem(ProblemType.HTTP_STATUS, status, detail, instance, List.of()));
    }

    private static long headerSize(RoutingContext context) {
        long size = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            size += header.getKey().length() + SEPARATOR + header.getValue().length();
        }
        return size;
    }
}
