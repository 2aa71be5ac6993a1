package org.gcm.caller;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The tests of this module need only an in-process OIDC server: no PostgreSQL, no Kafka. */
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestInfrastructure {
}
