package org.gcm.gateway.routing;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/** Rewrites {@code /api/hub/requests?status=SUBMITTED} to {@code /requests?status=SUBMITTED}. */
final class PrefixRemover implements ProxyInterceptor {

    private final String prefix;

    PrefixRemover(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        request.setURI(strip(request.getURI()));
        return context.sendRequest();
    }

    String strip(String uri) {
        if (!uri.startsWith(prefix)) {
            return uri;
        }
        String rest = uri.substring(prefix.length());
        return rest.isEmpty() || rest.startsWith("?") ? "/" + rest : rest;
    }
}
