package org.gcm.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Tokens are checked before anything is forwarded. A token that is present but invalid, expired, from
 * another issuer or for another audience fails authentication; this turns that failure into a 401 problem
 * (and a refused role into a 403) instead of the HTTP server's bare answer.
 */
@ApplicationScoped
public class RefusalProblems {

    private final ProblemWriter problems;

    public RefusalProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().failureHandler(this::refuse);
    }

    private void refuse(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            problems.unauthorized(ctx);
        } else if (failure instanceof ForbiddenException) {
            problems.write(ctx, 403, "Your role does not allow this operation.");
        } else {
            ctx.next();
        }
    }
}
