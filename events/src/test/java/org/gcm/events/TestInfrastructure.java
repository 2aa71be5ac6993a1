package org.gcm.events;

import org.gcm.testsupport.PostgresAndKafkaResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The event machinery is tested against a real PostgreSQL and a real Kafka broker. */
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "events_test"))
public class TestInfrastructure {
}
