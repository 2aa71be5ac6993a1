package org.gcm.gateway.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.problem.ProblemResponses;
import org.gcm.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Ends a gateway exchange with a problem+json answer, shaped like every service's. */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void unauthorized(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        write(ctx, 401, "A valid bearer token is required for this resource.");
    }

    public void write(RoutingContext ctx, int status, String detail) {
        try {
            String body = json.writeValueAsString(ProblemResponses.problem(ProblemType.HTTP_STATUS, status, detail,
                    ctx.request().path(), List.of()));
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .end(body);
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
