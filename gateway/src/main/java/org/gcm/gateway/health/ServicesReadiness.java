package org.gcm.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.gcm.gateway.config.GatewayConfig;

/**
 * The gateway is ready when every service behind it is: each route's readiness is probed and reported by
 * name, so an operator sees at once which service is missing.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ServicesReadiness(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("Services behind the gateway").up();
        config.routes().forEach((name, route) -> {
            String state = probe(route);
            answer.withData(name, route.target() + " " + state);
            if (!"UP".equals(state)) {
                answer.down();
            }
        });
        return answer.build();
    }

    private String probe(GatewayConfig.Route route) {
        HttpRequest request = HttpRequest.newBuilder(route.target().resolve(URI.create("/q/health/ready")))
                .timeout(route.healthTimeout()).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "UP" : "DOWN (readiness answered " + status + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN (interrupted)";
        } catch (Exception e) {
            return "DOWN (" + e.getClass().getSimpleName() + ")";
        }
    }
}
