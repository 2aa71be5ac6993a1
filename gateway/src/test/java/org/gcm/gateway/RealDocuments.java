package org.gcm.gateway;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The three services answer with their real OpenAPI documents ({@link ServedDocuments}), and the gateway is
 * published as a deployment publishes it: at an https address, named with its environment.
 */
public class RealDocuments implements QuarkusTestProfile {

    static final String PUBLIC_URL = "https://gateway.gcm.test";

    @Override
    public Map<String, String> getConfigOverrides() {
        // The tests' extra routes lead nowhere here: only the three services' documents are read.
        return Map.of("gateway.openapi.public-url", PUBLIC_URL,
                "gateway.openapi.server-description", "The mechanism's gateway, staging",
                "gateway.routes.flaky.target", "http://127.0.0.1:1",
                "gateway.routes.limited.target", "http://127.0.0.1:1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class),
                new TestResourceEntry(ServedDocuments.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
