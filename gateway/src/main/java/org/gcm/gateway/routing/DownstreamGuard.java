package org.gcm.gateway.routing;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.gcm.gateway.security.ProblemWriter;
import org.jboss.logging.Logger;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Keeps a failing service from hanging its callers: a service that cannot be reached answers 503, one that
 * stays silent past the route's timeout answers 504, both as problem+json. Connection failures and timeouts
 * count towards the route's circuit breaker; while it is open, calls are refused with 503 and Retry-After at
 * once, and after the reset time one trial call tests the service again (the breaker closes when it succeeds).
 * Answers the service did give, 5xx included, pass through untouched. A call whose caller hung up counts for
 * nothing.
 */
final class DownstreamGuard implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(DownstreamGuard.class);
    /** What the access log shows for a call whose caller went away before the answer (nginx's convention). */
    static final int CALLER_LEFT = 499;

    private final String route;
    private final CircuitBreaker breaker;
    private final long retryAfterSeconds;
    private final ProblemWriter problems;

    DownstreamGuard(String route, CircuitBreaker breaker, long retryAfterSeconds, ProblemWriter problems) {
        this.route = route;
        this.breaker = breaker;
        this.retryAfterSeconds = retryAfterSeconds;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return breaker.<ProxyResponse>execute(attempt -> context.sendRequest().onComplete(result -> {
            if (result.failed() && callerLeft(context)) {
                // The caller hung up and the proxy dropped its call to the service: that is no failure of the
                // service, and must not open the circuit for everyone else (a load tool stopping, a closed tab).
                attempt.complete(context.request().release().response().setStatusCode(CALLER_LEFT));
            } else {
                attempt.handle(result);
            }
        })).recover(failure -> Future.succeededFuture(refusal(context, failure)));
    }

    private static boolean callerLeft(ProxyContext context) {
        return context.request().proxiedRequest().response().closed();
    }

    private ProxyResponse refusal(ProxyContext context, Throwable failure) {
        String path = context.request().proxiedRequest().path();
        ProxyResponse answer = context.request().release().response();
        int status;
        String detail;
        if (failure instanceof OpenCircuitException) {
            status = 503;
            detail = "The " + route + " service is failing and the gateway has stopped sending to it for a while; "
                    + "retry later.";
            answer.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        } else if (failure instanceof TimeoutException) {
            status = 504;
            detail = "The " + route + " service did not answer in time.";
            LOG.warnf("Route %s: %s timed out (%s)", route, path, failure.getMessage());
        } else {
            status = 503;
            detail = "The " + route + " service is unavailable; retry later.";
            answer.putHeader("Retry-After", Long.toString(retryAfterSeconds));
            LOG.warnf("Route %s: %s failed: %s", route, path,
                    failure instanceof ConnectException ? "connection refused" : failure.toString());
        }
        return answer.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .setBody(Body.body(problems.body(status, detail, path)));
    }
}
