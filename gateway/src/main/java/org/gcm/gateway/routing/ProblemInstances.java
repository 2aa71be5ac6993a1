package org.gcm.gateway.routing;

import java.io.IOException;
import java.util.stream.Collector;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A service's problem names the path it was asked ({@code "instance": "/requests/42"}); the caller asked the
 * gateway's ({@code /api/hub/requests/42}), as the gateway's own problems say. The {@code instance} of a problem answer
 * is rewritten like {@code Location} ({@link LocationRewriter}).
 * <p>
 * Rewritten here rather than built by the services from an {@code X-Forwarded-Prefix}: the gateway already knows the
 * prefix and needs no trust, whereas the services would have to trust that header only from the gateway's addresses
 * (a misconfigured trust lets any caller write what it likes into the problems), and every service, and every
 * problem written outside the exception mapping, would have to honour it. Problems are small; other answers stream
 * through untouched.
 */
final class ProblemInstances implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ProblemInstances.class);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Collector<Buffer, Buffer, Buffer> WHOLE = Collector.of(Buffer::buffer, Buffer::appendBuffer,
            Buffer::appendBuffer);

    private final LocationRewriter paths;
    private final ObjectMapper json;

    ProblemInstances(LocationRewriter paths, ObjectMapper json) {
        this.paths = paths;
        this.json = json;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        String type = response.headers().get("Content-Type");
        if (type == null || !type.startsWith(PROBLEM_JSON) || response.getBody() == null) {
            return context.sendResponse();
        }
        ReadStream<Buffer> body = response.getBody().stream();
        Future<Buffer> whole = body.collect(WHOLE);
        // The proxy holds the service's answer paused until it is sent on.
        body.resume();
        return whole.compose(problem -> {
            response.headers().remove("Content-Length");
            response.setBody(Body.body(withPublicInstance(problem)));
            return context.sendResponse();
        });
    }

    private Buffer withPublicInstance(Buffer problem) {
        try {
            JsonNode body = json.readTree(problem.getBytes());
            JsonNode instance = body.get("instance");
            if (!(body instanceof ObjectNode object) || instance == null || !instance.isTextual()) {
                return problem;
            }
            object.put("instance", paths.rewrite(instance.asText()));
            return Buffer.buffer(json.writeValueAsBytes(object));
        } catch (IOException e) {
            // Not JSON after all: the caller gets it as the service sent it.
            LOG.debugf("A problem answer that is not JSON passed unchanged: %s", e.getMessage());
            return problem;
        }
    }
}
