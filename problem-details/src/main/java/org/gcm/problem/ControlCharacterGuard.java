package org.gcm.problem;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.refusals.FieldError;
import org.gcm.refusals.InvalidInput;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before any resource runs, a path or query value with control characters ({@code %00} among them), with a
 * 400 problem naming the parameter: such a value can only be a mistake or a probe, and PostgreSQL refuses NUL with an
 * error that used to become a 500. Bodies are checked as they are read ({@link StrictJson}).
 */
@ApplicationScoped
public class ControlCharacterGuard {

    private final RoutedProblems problems;

    public ControlCharacterGuard(RoutedProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String refused = null;
        if (ControlCharacters.in(QueryStringDecoder.decodeComponent(context.request().path()))) {
            refused = "path";
        } else {
            for (Map.Entry<String, String> parameter : context.queryParams()) {
                if (ControlCharacters.in(parameter.getKey()) || ControlCharacters.in(parameter.getValue())) {
                    refused = parameter.getKey();
                    break;
                }
            }
        }
        if (refused == null) {
            context.next();
            return;
        }
        List<FieldError> errors = List.of(new FieldError(refused, ControlCharacters.RULE, ControlCharacters.MESSAGE));
        problems.answer(context, ProblemResponses.problem(ProblemType.VALIDATION_FAILED, 400,
                InvalidInput.summary(errors), context.request().path(), errors));
    }
}
