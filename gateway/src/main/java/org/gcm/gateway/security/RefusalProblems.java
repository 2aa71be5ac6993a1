package org.gcm.gateway.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.problem.ProblemResponses;
import org.gcm.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway checks tokens before anything is forwarded. Its refusals are problem+json like every
 * service's: a missing, invalid, expired or foreign token is a 401, a token without the needed role a 403.
 */
@ApplicationScoped
public class RefusalProblems {

    private final ObjectMapper json;

    public RefusalProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().failureHandler(this::refuse);
    }

    private void refuse(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            ctx.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(ctx, 401, "A valid bearer token is required for this resource.");
        } else if (failure instanceof ForbiddenException) {
            write(ctx, 403, "Your role does not allow this operation.");
        } else {
            ctx.next();
        }
    }

    private void write(RoutingContext ctx, int status, String detail) {
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
