package org.gcm.testsupport;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * One real PostgreSQL cluster and one real Kafka broker for the whole test JVM, on free ports, started on
 * first use and stopped when the JVM exits. Data lives under the module's {@code target/} (Surefire sets
 * {@code java.io.tmpdir} there), so {@code mvn clean} removes it.
 * <p>
 * Quarkus loads the tests and this class again, in a new class loader, for every test profile; the servers
 * must still start once per JVM. So the first start registers them with the JVM's platform MBean server, and
 * every class loader reaches them there, by operation name and with JDK types only.
 */
public final class RealInfrastructure {

    private static final ObjectName SERVERS = name("org.gcm.testsupport:type=Servers");
    private static final String[] ONE_STRING = { String.class.getName() };

    /** The broker's log categories; held so that the levels set on them are not lost with the loggers. */
    private static final List<Logger> BROKER_LOGGERS = Stream.of("kafka", "org.apache.kafka", "state.change.logger")
            .map(Logger::getLogger).toList();

    private final MBeanServer jvm;

    private RealInfrastructure(MBeanServer jvm) {
        this.jvm = jvm;
    }

    /** The JVM's infrastructure, started on the first call from any class loader. */
    public static RealInfrastructure get() {
        MBeanServer jvm = ManagementFactory.getPlatformMBeanServer();
        synchronized (jvm) {
            if (!jvm.isRegistered(SERVERS)) {
                // The broker starts before Quarkus applies its logging configuration: quiet it here already.
                BROKER_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
                Servers servers = new Servers(Path.of(System.getProperty("java.io.tmpdir"),
                        "gcm-test-infrastructure-" + ProcessHandle.current().pid()));
                servers.start();
                try {
                    jvm.registerMBean(servers, SERVERS);
                } catch (JMException e) {
                    throw new IllegalStateException("Cannot register the test servers", e);
                }
            }
            return new RealInfrastructure(jvm);
        }
    }

    /** Creates database {@code name} with an owner role of the same name and password, if it does not exist. */
    public void ensureDatabase(String name) {
        invoke("ensureDatabase", name);
    }

    public String jdbcUrl(String database) {
        return (String) invoke("jdbcUrl", database);
    }

    public String kafkaBootstrapServers() {
        try {
            return (String) jvm.getAttribute(SERVERS, "KafkaBootstrapServers");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For fault tests: the broker goes away (same ports and data when it comes back). */
    public void stopKafka() {
        invoke("stopKafka");
    }

    public void startKafka() {
        invoke("startKafka");
    }

    /** For fault tests: the database server goes away (same port and data when it comes back). */
    public void stopPostgres() {
        invoke("stopPostgres");
    }

    public void startPostgres() {
        invoke("startPostgres");
    }

    private Object invoke(String operation, String... arguments) {
        try {
            return jvm.invoke(SERVERS, operation, arguments, arguments.length == 0 ? new String[0] : ONE_STRING);
        } catch (JMException e) {
            throw new IllegalStateException("Test servers: " + operation + " failed", e);
        }
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
