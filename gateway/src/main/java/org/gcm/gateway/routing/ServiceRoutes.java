package org.gcm.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.gateway.config.GatewayConfig;
import org.gcm.gateway.security.AnonymousAccess;
import org.gcm.gateway.security.ProblemWriter;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

/**
 * Installs one reverse-proxy route per service: {@code /api/hub/requests} is forwarded as
 * {@code /requests} to the hub. Bodies stream through in both directions; headers (Authorization,
 * Idempotency-Key, If-Match, ETag, Accept, Content-Type) pass unchanged.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    void install(@Observes Router router, Vertx vertx, GatewayConfig config, AnonymousAccess anonymous,
            ProblemWriter problems) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true));
        config.routes().forEach((name, route) -> {
            String prefix = route.prefix();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(route.target().getPort(), route.target().getHost())
                    .addInterceptor(new PrefixRemover(prefix));
            router.route(prefix + "/*").handler(ctx -> {
                // Tokens that were sent are already verified (or refused) by now; this refuses the missing ones.
                if (isAnonymous(ctx) && !anonymous.allows(ctx.request().method(), ctx.request().path())) {
                    problems.unauthorized(ctx);
                    return;
                }
                proxy.handle(ctx.request());
            });
            LOG.infof("Route %s: %s/** -> %s", name, prefix, route.target());
        });
    }

    private static boolean isAnonymous(RoutingContext ctx) {
        return !(ctx.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous();
    }
}
