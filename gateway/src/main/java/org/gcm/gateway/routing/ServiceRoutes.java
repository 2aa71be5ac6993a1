package org.gcm.gateway.routing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.gateway.config.GatewayConfig;
import org.gcm.gateway.config.PathPatterns;
import org.gcm.gateway.limits.RateLimits;
import org.gcm.gateway.security.AnonymousAccess;
import org.gcm.gateway.security.ProblemWriter;
import org.gcm.gateway.tracing.AccessLog;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

/**
 * Installs one reverse-proxy route per service: {@code /api/hub/requests} is forwarded as {@code /requests} to
 * the hub. Before forwarding, the gateway refuses what the service would refuse anyway or must be protected
 * from: a missing token on a non-public path (401), a client over its rate (429), a body over the size limit
 * (413). Answers on a rate-limited route carry {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset}. Bodies stream through in both directions; headers (Authorization, Idempotency-Key, If-Match, ETag,
 * Accept, Content-Type, X-Request-Id) pass unchanged; {@code Location} and a problem's {@code instance} are rewritten
 * to the gateway's path.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    private final GatewayConfig config;
    private final AnonymousAccess anonymous;
    private final RateLimits rateLimits;
    private final ProblemWriter problems;
    private final ObjectMapper json;

    public ServiceRoutes(GatewayConfig config, AnonymousAccess anonymous, RateLimits rateLimits,
            ProblemWriter problems, ObjectMapper json) {
        this.config = config;
        this.anonymous = anonymous;
        this.rateLimits = rateLimits;
        this.problems = problems;
        this.json = json;
    }

    void install(@Observes Router router, Vertx vertx) {
        config.routes().forEach((name, route) -> {
            HttpProxy proxy = proxy(vertx, name, route);
            router.route(route.prefix() + "/*").handler(ctx -> forward(ctx, name, route, proxy));
            LOG.infof("Route %s: %s/** -> %s (timeout %s, rate %d per %s)", name, route.prefix(), route.target(),
                    route.timeout(), route.rateLimit().requests(), route.rateLimit().period());
        });
    }

    private HttpProxy proxy(Vertx vertx, String name, GatewayConfig.Route route) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout((int) route.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(route.connections()));
        SocketAddress service = SocketAddress.inetSocketAddress(route.target().getPort(), route.target().getHost());
        CircuitBreaker breaker = CircuitBreaker.create("route-" + name, vertx, new CircuitBreakerOptions()
                .setMaxFailures(route.circuitBreaker().failures())
                .setResetTimeout(route.circuitBreaker().resetAfter().toMillis())
                // The request itself carries the timeout; the breaker only counts.
                .setTimeout(-1)
                .setNotificationAddress(null))
                .openHandler(v -> LOG.warnf("Route %s: circuit open, calls are refused for %s", name,
                        route.circuitBreaker().resetAfter()))
                .halfOpenHandler(v -> LOG.infof("Route %s: circuit half-open, one trial call goes through", name))
                .closeHandler(v -> LOG.infof("Route %s: circuit closed, the service answers again", name));
        LocationRewriter locations = new LocationRewriter(route.prefix(), route.target());
        return HttpProxy.reverseProxy(client)
                .origin(context -> client.request(new RequestOptions()
                        .setServer(service)
                        .setTimeout(route.timeout().toMillis())))
                .addInterceptor(new DownstreamGuard(name, breaker,
                        Math.max(1, route.circuitBreaker().resetAfter().toSeconds()), problems))
                .addInterceptor(new PrefixRemover(route.prefix()))
                .addInterceptor(locations)
                .addInterceptor(new ProblemInstances(locations, json))
                .addInterceptor(new OneRequestId());
    }

    private void forward(RoutingContext ctx, String name, GatewayConfig.Route route, HttpProxy proxy) {
        ctx.put(AccessLog.ROUTE, name);
        String servicePath = ctx.request().path().substring(route.prefix().length());
        if (servicePath.startsWith("/q/") && !PathPatterns.matchesAny(config.publishedServiceEndpoints(), servicePath)) {
            problems.write(ctx, 404, "No resource exists at this path.");
            return;
        }
        boolean signedIn = isSignedIn(ctx);
        // Tokens that were sent are already verified (or refused) by now; this refuses the missing ones.
        if (!signedIn && !anonymous.allows(ctx.request().method(), ctx.request().path())) {
            problems.unauthorized(ctx);
            return;
        }
        String client = signedIn
                ? ((QuarkusHttpUser) ctx.user()).getSecurityIdentity().getPrincipal().getName()
                : ctx.request().remoteAddress().host();
        Optional<RateLimits.Allowance> allowance = rateLimits.take(name, route.rateLimit(), client);
        if (allowance.isPresent()) {
            RateLimits.Allowance figures = allowance.get();
            // On every answer from here on, the service's included: clients can slow down before they get a 429.
            ctx.response().putHeader("RateLimit-Limit", Long.toString(figures.limit()))
                    .putHeader("RateLimit-Remaining", Long.toString(figures.remaining()))
                    .putHeader("RateLimit-Reset", Long.toString(figures.resetSeconds()));
            if (!figures.granted()) {
                ctx.response().putHeader("Retry-After", Long.toString(figures.retryAfterSeconds()));
                problems.write(ctx, 429, "Too many requests on " + route.prefix() + "; retry after "
                        + figures.retryAfterSeconds() + " s.");
                return;
            }
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && tooLong(length)) {
            problems.write(ctx, 413, "The request body is larger than the gateway accepts ("
                    + config.maxBodySize().asLongValue() + " bytes).");
            return;
        }
        proxy.handle(ctx.request());
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > config.maxBodySize().asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isSignedIn(RoutingContext ctx) {
        return ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }
}
