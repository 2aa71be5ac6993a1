package org.gcm.gateway.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.problem.Problem;
import org.gcm.problem.ProblemResponses;
import org.gcm.problem.ProblemType;
import org.gcm.problem.RoutedProblems;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/** Ends a gateway exchange with a problem+json answer, shaped like every service's. */
@ApplicationScoped
public class ProblemWriter {

    private final RoutedProblems problems;

    public ProblemWriter(RoutedProblems problems) {
        this.problems = problems;
    }

    public void unauthorized(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        write(ctx, 401, "A valid bearer token is required for this resource.");
    }

    public void write(RoutingContext ctx, int status, String detail) {
        problems.answer(ctx, problem(status, detail, ctx.request().path()));
    }

    /** The problem as a JSON body, for answers that are not written through a routing context. */
    public Buffer body(int status, String detail, String path) {
        return Buffer.buffer(problems.json(problem(status, detail, path)));
    }

    private static Problem problem(int status, String detail, String path) {
        // A refused role is the one kind with a type of its own here, as in the services; the rest say it by status.
        ProblemType type = status == 403 ? ProblemType.FORBIDDEN : ProblemType.HTTP_STATUS;
        return ProblemResponses.problem(type, status, detail, path, List.of());
    }
}
