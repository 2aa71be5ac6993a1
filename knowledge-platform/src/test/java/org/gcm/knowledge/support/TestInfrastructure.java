package org.gcm.knowledge.support;

import org.gcm.testsupport.PostgresAndKafkaResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every test of this module runs against real PostgreSQL and Kafka, and an in-process OIDC server. */
@QuarkusTestResource(value = PostgresAndKafkaResource.class, parallel = true,
        initArgs = @ResourceArg(name = "database", value = "knowledge_platform"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, parallel = true)
public class TestInfrastructure {
}
