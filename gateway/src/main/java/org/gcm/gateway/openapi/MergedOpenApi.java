package org.gcm.gateway.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.gateway.config.GatewayConfig;
import org.gcm.gateway.security.ProblemWriter;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the one OpenAPI document ({@link DocumentMerge}) at {@code /openapi}: JSON, or YAML when asked with
 * {@code Accept: application/yaml} or {@code ?format=yaml}; {@code /openapi.json} and {@code /openapi.yaml} name the
 * format in the path. The services' documents are fetched from the running services through their routes' targets
 * (so the document always describes the versions deployed) and the merge is kept for {@code cache-for}; when a
 * service does not give its document, the answer is a 503 problem naming it, never a document with a service missing.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final String YAML = "application/yaml";

    /** A merge in both formats, and until when it is served. */
    private record Served(String json, String yaml, Instant until) {
    }

    private final GatewayConfig config;
    private final ProblemWriter problems;
    private final ObjectMapper json;
    private final ObjectMapper yaml = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private final HttpClient http;
    private volatile Served served;

    public MergedOpenApi(GatewayConfig config, ProblemWriter problems, ObjectMapper json) {
        this.config = config;
        this.problems = problems;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.openapi().fetchTimeout()).build();
    }

    void install(@Observes Router router) {
        router.get("/openapi").blockingHandler(ctx -> answer(ctx, wantsYaml(ctx)), false);
        router.get("/openapi.json").blockingHandler(ctx -> answer(ctx, false), false);
        router.get("/openapi.yaml").blockingHandler(ctx -> answer(ctx, true), false);
    }

    private static boolean wantsYaml(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("yaml");
        }
        String accept = ctx.request().getHeader("Accept");
        return accept != null && (accept.contains(YAML) || accept.contains("text/yaml"));
    }

    private void answer(RoutingContext ctx, boolean asYaml) {
        Served current = served;
        if (current == null || Instant.now().isAfter(current.until())) {
            List<String> missing = new ArrayList<>();
            List<ServiceDocument> documents = fetch(missing);
            if (!missing.isEmpty()) {
                ctx.response().putHeader("Retry-After", "10");
                problems.write(ctx, 503, "The OpenAPI document cannot be merged: no document from the "
                        + String.join(", ", missing) + " service" + (missing.size() > 1 ? "s" : "") + "; retry later.");
                return;
            }
            current = serve(DocumentMerge.merge(documents, config.openapi().publicUrl(),
                    config.openapi().serverDescription()));
        }
        ctx.response()
                .putHeader("Content-Type", asYaml ? YAML + ";charset=UTF-8" : "application/json;charset=UTF-8")
                .putHeader("Cache-Control", "public, max-age=" + config.openapi().cacheFor().toSeconds())
                .end(asYaml ? current.yaml() : current.json());
    }

    private Served serve(ObjectNode merged) {
        try {
            Served fresh = new Served(json.writerWithDefaultPrettyPrinter().writeValueAsString(merged),
                    yaml.writeValueAsString(merged), Instant.now().plus(config.openapi().cacheFor()));
            served = fresh;
            return fresh;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The merged OpenAPI document cannot be written", e);
        }
    }

    /**
     * Each configured service's document, fetched at the same time (so a slow service costs one timeout, not one per
     * service); the names of those that gave none are added to {@code missing}.
     */
    private List<ServiceDocument> fetch(List<String> missing) {
        Map<String, CompletableFuture<HttpResponse<String>>> answers = new LinkedHashMap<>();
        for (String name : config.openapi().services()) {
            GatewayConfig.Route route = config.routes().get(name);
            if (route == null) {
                throw new IllegalStateException("gateway.openapi.services names " + name + ", which is no route");
            }
            URI address = URI.create(route.target().toString().replaceAll("/+$", "") + "/q/openapi");
            answers.put(name, http.sendAsync(HttpRequest.newBuilder(address)
                    .timeout(config.openapi().fetchTimeout())
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<ServiceDocument> documents = new ArrayList<>();
        answers.forEach((name, answer) -> {
            try {
                HttpResponse<String> response = answer.get();
                JsonNode document = response.statusCode() == 200 ? json.readTree(response.body()) : null;
                if (document instanceof ObjectNode object && object.has("openapi") && object.has("paths")) {
                    documents.add(new ServiceDocument(name, config.routes().get(name).prefix(), object));
                } else {
                    LOG.warnf("OpenAPI: %s answered %d without an OpenAPI document", response.uri(),
                            response.statusCode());
                    missing.add(name);
                }
            } catch (ExecutionException | IOException e) {
                LOG.warnf("OpenAPI: the %s service's document cannot be fetched: %s", name, e.getCause() == null
                        ? e.toString() : e.getCause().toString());
                missing.add(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                missing.add(name);
            }
        });
        return documents;
    }
}
