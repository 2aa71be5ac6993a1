package org.gcm.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The gateway's tests run with an in-process OIDC server and echoing stand-ins for the services. */
@QuarkusTestResource(value = OidcWiremockTestResource.class, parallel = true)
@QuarkusTestResource(value = EchoServices.class, parallel = true)
public class TestInfrastructure {
}
