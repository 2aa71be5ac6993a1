package org.gcm.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

import org.gcm.infrastructure.net.Ports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the services behind the gateway: answers every request with a JSON echo of what arrived
 * (method, path, query, headers, body), so tests see exactly what the gateway forwarded (and {@code /problem/...}
 * answers a service's 404 problem). The hub and
 * knowledge routes lead here (and {@code /slow} answers late); the fund route leads to a port where nothing
 * listens, and the flaky route to a port where a test starts a service later.
 */
public class EchoServices implements QuarkusTestResourceLifecycleManager {

    /** Longer than the hub route's timeout in the tests' configuration. */
    static final long SLOW_ANSWER_MILLIS = 4_000;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", EchoServices::echo);
        // Slow answers must not hold up the others.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        String echo = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "gateway.routes.hub.target", echo,
                "gateway.routes.knowledge.target", echo,
                "gateway.routes.limited.target", echo,
                "gateway.routes.fund.target", "http://127.0.0.1:" + Ports.freePort(),
                "gateway.routes.flaky.target", "http://127.0.0.1:" + Ports.freePort());
    }

    private static void echo(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().startsWith("/problem/")) {
            refuse(exchange);
            return;
        }
        if (exchange.getRequestURI().getPath().equals("/slow")) {
            try {
                Thread.sleep(SLOW_ANSWER_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, Object> seen = new TreeMap<>();
        seen.put("method", exchange.getRequestMethod());
        seen.put("path", exchange.getRequestURI().getRawPath());
        seen.put("query", exchange.getRequestURI().getRawQuery());
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        seen.put("headers", headers);
        try (InputStream body = exchange.getRequestBody()) {
            seen.put("body", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        int status = exchange.getRequestURI().getPath().equals("/created") ? 201 : 200;
        if (status == 201) {
            exchange.getResponseHeaders().add("Location", "/requests/42");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("ETag", "\"v1\"");
        // As our services do (request-tracing): the id they were given comes back in the answer.
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null) {
            exchange.getResponseHeaders().add("X-Request-Id", requestId);
        }
        byte[] answer = new ObjectMapper().writeValueAsBytes(seen);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** As a service refuses: a problem naming the path it was asked. */
    private static void refuse(HttpExchange exchange) throws IOException {
        byte[] problem = new ObjectMapper().writeValueAsBytes(Map.of("type", "/problems/not-found", "title", "Not Found",
                "status", 404, "detail", "There is no request 42.", "instance", exchange.getRequestURI().getRawPath()));
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(404, problem.length);
        exchange.getResponseBody().write(problem);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
