package org.gcm.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Access tokens from the stack's Keycloak for the realm's demo identities (password {@code demo}, client gcm-cli). */
final class Tokens {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI tokenEndpoint;

    Tokens(int keycloakPort) {
        this.tokenEndpoint = URI.create("http://127.0.0.1:" + keycloakPort + "/realms/gcm/protocol/openid-connect/token");
    }

    String of(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=gcm-cli&password=demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + answer.body());
        }
        return json.readTree(answer.body()).get("access_token").asText();
    }
}
