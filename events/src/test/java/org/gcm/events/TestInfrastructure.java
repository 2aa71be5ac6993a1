package org.gcm.events;

import org.gcm.testsupport.PostgresAndKafkaResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The event machinery is tested against a real PostgreSQL and a real Kafka broker; the dead-letter endpoints with
 * tokens of the in-process OIDC server.
 */
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "events_test"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestInfrastructure {
}
