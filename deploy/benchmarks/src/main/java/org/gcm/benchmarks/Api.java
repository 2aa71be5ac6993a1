package org.gcm.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON calls through the gateway, for preparing data; any answer other than the expected status stops the run. */
final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String gateway;

    Api(int gatewayPort) {
        this.gateway = "http://127.0.0.1:" + gatewayPort;
    }

    String url(String path) {
        return gateway + path;
    }

    JsonNode get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), token, 200);
    }

    JsonNode post(String path, String token, Object body, int expected) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), token, expected);
    }

    String toJson(Object body) throws IOException {
        return json.writeValueAsString(body);
    }

    private JsonNode send(HttpRequest.Builder request, String token, int expected) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + answer.statusCode()
                    + " (expected " + expected + "): " + answer.body());
        }
        return answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
    }
}
