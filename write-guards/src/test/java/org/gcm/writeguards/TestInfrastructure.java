package org.gcm.writeguards;

import org.gcm.testsupport.PostgresAndKafkaResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The guards are tested against a real PostgreSQL and an in-process OIDC server. */
@QuarkusTestResource(value = PostgresAndKafkaResource.class, parallel = true,
        initArgs = @ResourceArg(name = "database", value = "write_guards_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, parallel = true)
public class TestInfrastructure {
}
