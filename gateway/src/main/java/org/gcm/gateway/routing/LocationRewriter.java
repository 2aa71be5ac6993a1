package org.gcm.gateway.routing;

import java.net.URI;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * A service says {@code Location: /requests/42} (or its own absolute address); the caller only knows the
 * gateway, so the answer says {@code /api/hub/requests/42}.
 */
final class LocationRewriter implements ProxyInterceptor {

    private final String prefix;
    private final String origin;

    LocationRewriter(String prefix, URI target) {
        this.prefix = prefix;
        this.origin = target.getScheme() + "://" + target.getAuthority();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        String location = context.response().headers().get("Location");
        if (location != null) {
            context.response().putHeader("Location", rewrite(location));
        }
        return context.sendResponse();
    }

    String rewrite(String location) {
        String path = location.startsWith(origin) ? location.substring(origin.length()) : location;
        if (path.startsWith("/") && !path.startsWith(prefix + "/")) {
            return prefix + path;
        }
        return path;
    }
}
