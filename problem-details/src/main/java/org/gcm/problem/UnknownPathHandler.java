package org.gcm.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Answers a path that no resource, health check or document serves with a 404 problem, instead of the
 * HTTP server's bare default page. Installed as the router's very last route, so it only sees what
 * every other route passed on.
 */
@ApplicationScoped
public class UnknownPathHandler {

    private final String body404;

    public UnknownPathHandler(ObjectMapper json) throws JsonProcessingException {
        this.body404 = json.writeValueAsString(ProblemResponses.problem(ProblemType.HTTP_STATUS, 404,
                "No resource exists at this path.", null, List.of()));
    }

    void install(@Observes Router router) {
        router.route().last().handler(ctx -> ctx.response()
                .setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .end(body404));
    }
}
