package org.gcm.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request that declares a body longer than {@code quarkus.http.limits.max-body-size} is answered with a 413
 * problem just before Quarkus's own check would answer it with an empty body: the caller learns what the limit is.
 * (A chunked body, which declares no length, is refused as it arrives: write-guards' BodyReadAhead in the services,
 * the gateway's route otherwise.)
 */
@ApplicationScoped
public class DeclaredBodyLimit {

    private final long limit;
    private final String tooLarge;

    public DeclaredBodyLimit(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit)
            throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.tooLarge = json.writeValueAsString(ProblemResponses.problem(ProblemType.HTTP_STATUS, 413,
                "The request body is longer than the " + this.limit + " bytes this service accepts.", null, List.of()));
    }

    /** The largest body this service accepts, in bytes. */
    public long limit() {
        return limit;
    }

    /** The 413 problem for a body past the limit, as JSON, for every check of it to answer alike. */
    public String tooLarge() {
        return tooLarge;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !longerThanLimit(declared)) {
            context.next();
            return;
        }
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(tooLarge);
    }

    private boolean longerThanLimit(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            // Not a length: the HTTP server refuses it on its own.
            return false;
        }
    }
}
