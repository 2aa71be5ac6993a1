package org.gcm.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Answers a path that no resource, health check or document serves with a 404 problem, instead of the
 * HTTP server's bare default page. Installed as the router's very last route, so it only sees what
 * every other route passed on.
 */
@ApplicationScoped
public class UnknownPathHandler {

    private final RoutedProblems problems;

    public UnknownPathHandler(RoutedProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().last().handler(ctx -> problems.answer(ctx, 404, "No resource exists at this path."));
    }
}
