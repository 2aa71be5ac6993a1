package org.gcm.gateway.routing;

import org.gcm.tracing.RequestIds;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * The gateway has already put the request's id on its answer, and the service returns the same id: the proxy would
 * add the service's copy beside it, and a caller would see the header twice. The service's copy is dropped.
 */
final class OneRequestId implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        context.response().headers().remove(RequestIds.HEADER);
        return context.sendResponse();
    }
}
