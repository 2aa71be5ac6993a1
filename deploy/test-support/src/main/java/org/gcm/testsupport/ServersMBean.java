package org.gcm.testsupport;

/** The JVM's test servers as the platform MBean server exposes them to every class loader. */
public interface ServersMBean {

    String getKafkaBootstrapServers();

    String jdbcUrl(String database);

    void ensureDatabase(String name);

    void stopKafka();

    void startKafka();

    void stopPostgres();

    void startPostgres();
}
