package org.gcm.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the three services with their REAL OpenAPI documents, as their builds wrote them
 * ({@code <service>/target/openapi/openapi.json}, by {@code quarkus.smallrye-openapi.store-schema-directory}; the
 * reactor builds the services before the gateway): one server per service, answering {@code /q/openapi} with it.
 */
public class ServedDocuments implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> MODULES = Map.of(
            "hub", "connection-hub", "fund", "start-up-fund", "knowledge", "knowledge-platform");

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> targets = new HashMap<>();
        MODULES.forEach((route, module) -> {
            Path document = Path.of("..", module, "target", "openapi", "openapi.json");
            if (!Files.isRegularFile(document)) {
                throw new IllegalStateException(document.toAbsolutePath() + " is missing: build " + module
                        + " first (./mvnw -pl " + module + " package)");
            }
            try {
                byte[] body = Files.readAllBytes(document);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/q/openapi", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
                servers.add(server);
                targets.put("gateway.routes." + route + ".target", "http://127.0.0.1:" + server.getAddress().getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return targets;
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }
}
