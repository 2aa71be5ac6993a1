package org.gcm.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service under test its own database on the JVM's real PostgreSQL and the real Kafka broker.
 * Init argument {@code database}: the database (and role) name, for example {@code connection_hub}.
 * <p>
 * The settings are returned from here rather than written as {@code %test.} properties so that they also
 * reach {@code @QuarkusIntegrationTest}, which runs the prod profile.
 */
public class PostgresAndKafkaResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service");
    }

    @Override
    public Map<String, String> start() {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        infrastructure.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(database),
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", database,
                "kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers(),
                // The broker runs in this JVM: keep its chatter out of the test log.
                "quarkus.log.category.\"kafka\".level", "WARN",
                "quarkus.log.category.\"org.apache.kafka\".level", "WARN",
                "quarkus.log.category.\"state.change.logger\".level", "WARN");
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; stopped by the JVM's shutdown hooks.
    }
}
