package org.gcm.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gcm.infrastructure.diagnostics.LogTail;
import org.gcm.infrastructure.net.Ports;
import org.gcm.localstack.LocalStack;

/**
 * A stack of the harness's own, started with the supervisor that {@code deploy/stack up} runs: fresh data under the
 * work directory and free ports, so that a stack the developer runs is neither disturbed nor measured, and every
 * run starts from the same data. It differs from {@code deploy/stack up} only where measuring needs it: the
 * gateway's rate limits are lifted (they would answer 429 to the load). The generated partners and practices are
 * not the services' business: the harness writes them into the databases once the stack is up (see
 * {@link SyntheticPartners} and {@link SyntheticPractices}).
 */
final class StackUnderTest implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofMinutes(8);
    private static final Pattern READY = Pattern.compile("^\\[\\s*[\\d.]+s\\] (.+?)\\s+ready in ([\\d.]+) s");
    private static final Pattern STACK_READY = Pattern.compile("^READY in ([\\d.]+) s");

    final Path repo;
    final Path data;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Path log;
    private Process supervisor;

    StackUnderTest(Path repo, Path workDirectory) {
        this.repo = repo;
        this.data = workDirectory.resolve("stack-data");
        this.log = workDirectory.resolve("stack.log");
    }

    int port(String component) {
        return ports.get(component);
    }

    /** Starts from empty data and waits until the gateway is ready. */
    void start() throws IOException, InterruptedException {
        deleteRecursively(data);
        for (String component : List.of("gateway", "hub", "fund", "knowledge", "keycloak", "keycloak.management", "pg",
                "kafka", "kafka.controller")) {
            ports.put(component, Ports.freePort());
        }
        // The stack's default JVM options, then the settings that measuring needs.
        String serviceOptions = String.join(" ", LocalStack.DEFAULT_SERVICE_JAVA_OPTS,
                "-Dgateway.routes.hub.rate-limit.enabled=false",
                "-Dgateway.routes.fund.rate-limit.enabled=false",
                "-Dgateway.routes.knowledge.rate-limit.enabled=false");
        Path stackJars = repo.resolve("deploy/local-stack/target");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m", "-XX:+UseSerialGC", "-Dgcm.local-stack.repo=" + repo, "-Dgcm.stack.data=" + data,
                "-Dgcm.service.java.opts=" + serviceOptions));
        ports.forEach((component, port) -> command.add("-Dgcm." + component + ".port=" + port));
        command.addAll(List.of("-cp", stackJars.resolve("gcm-local-stack.jar") + ":" + stackJars.resolve("lib") + "/*",
                "org.gcm.localstack.LocalStack", "up"));
        supervisor = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady();
    }

    /** The supervisor's own figures: each component's time to ready, and the whole stack's, in seconds. */
    Map<String, Double> readyTimes() throws IOException {
        Map<String, Double> times = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                times.put(ready.group(1).trim(), Double.parseDouble(ready.group(2)));
            }
            Matcher stack = STACK_READY.matcher(line);
            if (stack.find()) {
                times.put("whole stack", Double.parseDouble(stack.group(1)));
            }
        }
        return times;
    }

    Path componentLog(String component) {
        return data.resolve("logs").resolve(component + ".log");
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port("gateway") + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!supervisor.isAlive()) {
                throw new IllegalStateException("The stack exited before it was ready:\n" + LogTail.of(log, 40));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && Files.readString(log).contains("READY in")) {
                    return;
                }
            } catch (IOException notYet) {
                // the gateway is not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The stack was not ready within " + START_PATIENCE + ":\n" + LogTail.of(log, 40));
    }

    /** SIGTERM to the supervisor, which stops everything it started in reverse order. */
    @Override
    public void close() throws InterruptedException {
        if (supervisor != null && supervisor.isAlive()) {
            supervisor.destroy();
            if (!supervisor.waitFor(2, TimeUnit.MINUTES)) {
                supervisor.descendants().forEach(ProcessHandle::destroyForcibly);
                supervisor.destroyForcibly();
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
