package org.gcm.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with a problem from a Vert.x route, for the checks that run before any resource (limits, strict paths,
 * unknown paths), so that they answer exactly as the resources' exception mapping does.
 */
@ApplicationScoped
public class RoutedProblems {

    private final ObjectMapper json;

    public RoutedProblems(ObjectMapper json) {
        this.json = json;
    }

    /** The problem as JSON text, for answers built once and sent many times. */
    public String json(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem answer", e);
        }
    }

    /** A problem with nothing more specific than its status ({@code about:blank}), for this request. */
    public void answer(RoutingContext context, int status, String detail) {
        answer(context, ProblemResponses.problem(ProblemType.HTTP_STATUS, status, detail, context.request().path(),
                List.of()));
    }

    public void answer(RoutingContext context, Problem problem) {
        end(context, problem.status(), json(problem));
    }

    /** Ends the exchange with a problem already written as JSON. */
    public void end(RoutingContext context, int status, String problemJson) {
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .end(problemJson);
    }
}
