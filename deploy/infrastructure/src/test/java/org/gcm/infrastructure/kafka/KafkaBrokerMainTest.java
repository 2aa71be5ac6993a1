package org.gcm.infrastructure.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.gcm.infrastructure.net.Ports;
import org.junit.jupiter.api.Test;

/** The broker as its own process, as the local stack runs it: the ready line, then a clean stop on SIGTERM. */
class KafkaBrokerMainTest {

    private static final Path WORK = Path.of(System.getProperty("java.io.tmpdir"), "kafka-broker-main-test");

    @Test
    void announcesReadinessAndStopsOnSigterm() throws Exception {
        if (Files.exists(WORK)) {
            PathUtils.deleteDirectory(WORK);
        }
        int port = Ports.freePort();
        Path stderr = Files.createDirectories(WORK).resolve("stderr.log");
        Process broker = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KafkaBrokerMain.class.getName(), WORK.toString(), String.valueOf(port),
                String.valueOf(Ports.freePort()))
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
                .start();
        try {
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> watchStdout(broker, ready), "broker-stdout");
            reader.setDaemon(true);
            reader.start();
            assertEquals(KafkaBrokerMain.READY + "127.0.0.1:" + port, ready.get(90, TimeUnit.SECONDS));
            assertFalse(Ports.isFree(port), "the broker listens");

            broker.destroy();
            assertTrue(broker.waitFor(60, TimeUnit.SECONDS), "the broker process ends after SIGTERM");
            assertTrue(Ports.isFree(port), "the broker port is released");
            // Kafka writes this marker only at the end of an orderly shutdown, which the shutdown hook ran.
            assertTrue(Files.exists(WORK.resolve("log").resolve(".kafka_cleanshutdown")), "the broker shut down cleanly");
        } finally {
            broker.destroyForcibly();
        }
    }

    /**
     * Completes {@code ready} with the ready line, as a launcher would look for it: other lines (the broker's own
     * logging, if the classpath gives it a console) may come first, and the pipe is drained to the end so that a
     * chatty broker never blocks on a full pipe.
     */
    private static void watchStdout(Process process, CompletableFuture<String> ready) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(KafkaBrokerMain.READY)) {
                    ready.complete(line);
                }
            }
            ready.completeExceptionally(new IllegalStateException("the broker's stdout ended without a ready line"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }
}
