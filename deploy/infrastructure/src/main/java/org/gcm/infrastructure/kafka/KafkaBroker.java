package org.gcm.infrastructure.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.gcm.infrastructure.net.Ports;

/**
 * A single-node Kafka (KRaft: broker and controller in one node) running inside the current JVM, listening on
 * 127.0.0.1.
 *
 * <p>Its storage is formatted on the first start only; the cluster id then lives in {@code meta.properties}, so
 * the broker can be stopped and started again over the same directory and ports, keeping its topics and records.
 * Fault tests rely on that.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    /**
     * @param dataDirectory holds {@code server.properties} (the settings of the latest start, for operators) and
     *                      the {@code log} directory with the records and cluster metadata
     * @param port the broker's PLAINTEXT port, which clients use
     * @param controllerPort the KRaft controller's port, used only by the node itself
     */
    public KafkaBroker(Path dataDirectory, int port, int controllerPort) {
        if (port == controllerPort) {
            throw new IllegalArgumentException("The broker and controller ports must differ, both are " + port);
        }
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats the storage if it is new, starts the node and waits until it answers clients. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        long startedAt = System.nanoTime();
        for (int required : new int[] {port, controllerPort}) {
            if (!Ports.isFree(required)) {
                throw new IllegalStateException("Port " + required + " on 127.0.0.1 is already in use; the Kafka broker"
                        + " for " + dataDirectory + " cannot listen there");
            }
        }
        Properties properties = properties();
        boolean fresh = !Files.exists(logDirectory().resolve("meta.properties"));
        try {
            Files.createDirectories(logDirectory());
            Path configFile = dataDirectory.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                properties.store(out, "Written by " + KafkaBroker.class.getName() + " at each start");
            }
            if (fresh) {
                format(configFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the Kafka data directory " + dataDirectory, e);
        }
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        try {
            starting.startup();
            awaitReady();
        } catch (RuntimeException e) {
            // A half-started node holds ports, threads and the log directory lock; release them before failing.
            starting.shutdown();
            starting.awaitShutdown();
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not start", e);
        }
        server = starting;
        long millis = (System.nanoTime() - startedAt) / 1_000_000;
        LOG.log(Level.INFO, () -> "Kafka broker started in " + millis + " ms: " + bootstrapServers()
                + " (controller port " + controllerPort + "), " + (fresh ? "new" : "existing") + " storage in "
                + dataDirectory);
    }

    /** Shuts the node down and waits until it has; does nothing when it is not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long stoppingAt = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        long millis = (System.nanoTime() - stoppingAt) / 1_000_000;
        LOG.log(Level.INFO, () -> "Kafka broker on " + bootstrapServers() + " stopped in " + millis + " ms");
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code 127.0.0.1:<port>}, the value for {@code bootstrap.servers} / {@code kafka.bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private Path logDirectory() {
        return dataDirectory.resolve("log");
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logDirectory().toString());
        // Services rely on topics appearing on first use, with room for a few consumers per group.
        properties.put("auto.create.topics.enable", "true");
        properties.put("num.partitions", "3");
        // One node cannot hold the default three replicas of Kafka's internal topics.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers join at once instead of waiting three seconds for other group members that never come.
        properties.put("group.initial.rebalance.delay.ms", "0");
        return properties;
    }

    private void format(Path configFile) {
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", configFile.toString()},
                    print);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting Kafka storage in " + logDirectory() + " failed with exit code "
                    + exitCode + ":\n" + output.toString(StandardCharsets.UTF_8));
        }
        LOG.log(Level.DEBUG, () -> "Formatted Kafka storage in " + logDirectory() + " for cluster " + clusterId);
    }

    /** The node's startup returns once it is unfenced; a client round trip proves the listener really serves. */
    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                Exception lastFailure;
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                    lastFailure = new IllegalStateException("the cluster reported no broker");
                } catch (ExecutionException | TimeoutException e) {
                    lastFailure = e;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not answer within "
                            + READY_TIMEOUT.toSeconds() + " s", lastFailure);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker on " + bootstrapServers(),
                    e);
        }
    }
}
