package org.gcm.infrastructure.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.gcm.infrastructure.diagnostics.LogTail;
import org.gcm.infrastructure.lifecycle.ShutdownHook;
import org.gcm.infrastructure.net.Ports;

/**
 * A Keycloak server in development mode ({@code kc.sh start-dev}) on 127.0.0.1, run as a child process from the
 * official distribution zip, with one realm imported from a JSON file.
 *
 * <p>Development mode keeps its database (H2 files) under {@code <home>/data/}, so a restart over the same home
 * keeps the realm and its users; the realm file is imported only when the realm does not exist yet.
 * Keycloak 26 serves health on a separate management port (9000 unless told otherwise), which is set explicitly
 * here so that two servers, or a server and a service, never clash on it.
 */
public final class KeycloakServer implements AutoCloseable {

    /** Keycloak 26 needs Java 21 or newer, whatever Java this JVM runs on. */
    public static final int MINIMUM_JAVA = 21;
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    public static final String DEFAULT_HEAP = "-Xms64m -Xmx512m";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final Path distribution;
    private final Path home;
    private final int httpPort;
    private final int managementPort;
    private final String realm;
    private final Path realmFile;
    private final String adminUser;
    private final String adminPassword;
    private final String heap;
    private final Path logFile;
    private final Duration startTimeout;
    private final boolean stopOnJvmExit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process process;
    private ShutdownHook shutdownHook;

    private KeycloakServer(Builder builder) {
        this.distribution = Objects.requireNonNull(builder.distribution, "distribution").toAbsolutePath();
        this.home = Objects.requireNonNull(builder.home, "home").toAbsolutePath().normalize();
        this.httpPort = builder.httpPort;
        this.managementPort = builder.managementPort;
        if (httpPort <= 0 || managementPort <= 0 || httpPort == managementPort) {
            throw new IllegalArgumentException("httpPort and managementPort must be set and differ, not " + httpPort
                    + " and " + managementPort);
        }
        this.realm = Objects.requireNonNull(builder.realm, "realm");
        this.realmFile = Objects.requireNonNull(builder.realmFile, "realmFile");
        this.adminUser = Objects.requireNonNull(builder.adminUser, "adminUser");
        this.adminPassword = Objects.requireNonNull(builder.adminPassword, "adminPassword");
        this.heap = builder.heap;
        this.logFile = builder.logFile != null ? builder.logFile.toAbsolutePath() : home.resolve("keycloak.log");
        this.startTimeout = builder.startTimeout;
        this.stopOnJvmExit = builder.stopOnJvmExit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Unpacks the distribution on first use, imports the realm if it is new, starts Keycloak and waits until the
     * realm's OpenID configuration answers. Fails early, with the end of Keycloak's log, when the process dies or
     * the start timeout passes. Does nothing when this instance's Keycloak is running.
     */
    public void start() {
        long startedAt = System.nanoTime();
        Process started;
        JavaRuntime java;
        synchronized (this) {
            if (isRunning()) {
                return;
            }
            for (int required : new int[] {httpPort, managementPort}) {
                if (!Ports.isFree(required)) {
                    throw new IllegalStateException("Port " + required + " on 127.0.0.1 is already in use; Keycloak in "
                            + home + " cannot listen there");
                }
            }
            java = JavaRuntimes.locate(MINIMUM_JAVA);
            try {
                KeycloakDistribution.unpackIfMissing(distribution, home);
                importOnly(realmFile);
                Files.createDirectories(logFile.getParent());
                process = launch(java);
                started = process;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not prepare Keycloak in " + home, e);
            }
            // Registered before the long wait: a JVM ended during it must not leave Keycloak running.
            if (stopOnJvmExit && shutdownHook == null) {
                shutdownHook = ShutdownHook.register("Keycloak on 127.0.0.1:" + httpPort, this::stop);
            }
        }
        // Waited for without the lock, so that stop() can end a start that takes too long.
        try {
            awaitRealm(started);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        long millis = (System.nanoTime() - startedAt) / 1_000_000;
        LOG.log(Level.INFO, () -> "Keycloak started in " + millis + " ms: " + issuerUrl(realm) + " (management port "
                + managementPort + "), Java " + java.version() + " from " + java.home() + ", pid "
                + pid().orElse(-1) + ", log " + logFile);
    }

    /**
     * Stops Keycloak: SIGTERM to {@code kc.sh} and the Java process it started (the script can stay in between as
     * their parent), then SIGKILL to whatever still runs after 30 s. Does nothing when it is not running.
     */
    public synchronized void stop() {
        if (shutdownHook != null) {
            shutdownHook.cancel();
            shutdownHook = null;
        }
        if (process == null) {
            return;
        }
        long stoppingAt = System.nanoTime();
        // Collected first: once the script is gone, its children are no longer its descendants.
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, STOP_GRACE)) {
            LOG.log(Level.WARNING, () -> "Keycloak on 127.0.0.1:" + httpPort + " did not stop within "
                    + STOP_GRACE.toSeconds() + " s; killing it");
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
        process = null;
        long millis = (System.nanoTime() - stoppingAt) / 1_000_000;
        LOG.log(Level.INFO, () -> "Keycloak on 127.0.0.1:" + httpPort + " stopped in " + millis + " ms");
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * The Keycloak Java process, e.g. to report its memory: {@code kc.sh} either stays as its parent or replaces
     * itself with it (after a configuration rebuild), so it is whichever process of the tree runs {@code java}.
     */
    public synchronized OptionalLong pid() {
        if (process == null) {
            return OptionalLong.empty();
        }
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst();
    }

    /** The issuer of tokens of {@code realmName}, which is also the OIDC auth-server URL services use. */
    public String issuerUrl(String realmName) {
        return "http://127.0.0.1:" + httpPort + "/realms/" + realmName;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path home() {
        return home;
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Leaves {@code realmJson} as the only file in {@code data/import}: Keycloak imports every file there, and one
     * left from an earlier configuration (another realm name, a broken file) would be imported, or fail, again.
     */
    private void importOnly(Path realmJson) throws IOException {
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        Path target = imports.resolve(realm + "-realm.json");
        try (Stream<Path> existing = Files.list(imports)) {
            for (Path stale : existing.filter(file -> !file.equals(target)).toList()) {
                Files.delete(stale);
            }
        }
        Files.copy(realmJson, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private Process launch(JavaRuntime java) throws IOException {
        List<String> command = new ArrayList<>();
        // In a session of its own, a terminal's Ctrl-C reaches only whoever started Keycloak, which then stops it
        // in its turn (after the services that depend on it), instead of Keycloak dying at the same moment.
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.addAll(List.of(KeycloakDistribution.launcher(home).toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // The issuer in tokens must not depend on whether a client said localhost or 127.0.0.1.
                "--hostname=http://127.0.0.1:" + httpPort,
                "--import-realm",
                "--health-enabled=true"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> environment = builder.environment();
        // Settings inherited from the calling shell or CI would silently change Keycloak: KC_* and QUARKUS_* its
        // configuration, JAVA/JAVA_OPTS the JVM (and the heap below), DEBUG a debug agent on a fixed port.
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_")
                || name.equals("JAVA") || name.startsWith("JAVA_OPTS") || name.equals("DEBUG")
                || name.equals("DEBUG_PORT"));
        environment.put("JAVA_HOME", java.home().toString());
        environment.put("JAVA_OPTS_KC_HEAP", heap);
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        Process started = builder.start();
        // Nothing is ever typed into Keycloak; end-of-input keeps anything that reads stdin from waiting on us.
        started.getOutputStream().close();
        return started;
    }

    private void awaitRealm(Process started) {
        URI wellKnown = URI.create(issuerUrl(realm) + "/.well-known/openid-configuration");
        HttpRequest request = HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + startTimeout.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + started.exitValue() + " while starting; "
                        + LogTail.of(logFile, 40));
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak on " + wellKnown, e);
            }
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException("Keycloak did not serve " + wellKnown + " within " + startTimeout.toSeconds()
                + " s (last answer: " + lastAnswer + "); " + LogTail.of(logFile, 40));
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not watch Keycloak's processes exit", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /**
     * Settings of a {@link KeycloakServer}. Required: distribution, home, both ports, realm, admin credentials.
     */
    public static final class Builder {
        private Path distribution;
        private Path home;
        private int httpPort;
        private int managementPort;
        private String realm;
        private Path realmFile;
        private String adminUser;
        private String adminPassword;
        private String heap = DEFAULT_HEAP;
        private Path logFile;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private boolean stopOnJvmExit;

        private Builder() {
        }

        /** The {@code org.keycloak:keycloak-quarkus-dist} zip, unpacked into the home on first use. */
        public Builder distribution(Path distributionZip) {
            this.distribution = distributionZip;
            return this;
        }

        /** Keycloak's installation and data directory ({@code bin/kc.sh}, {@code data/h2}). */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        public Builder httpPort(int httpPort) {
            this.httpPort = httpPort;
            return this;
        }

        /** Where Keycloak serves health and metrics. */
        public Builder managementPort(int managementPort) {
            this.managementPort = managementPort;
            return this;
        }

        /** The realm to import (when it does not exist yet) and wait for: its name and its exported JSON. */
        public Builder realm(String name, Path realmJson) {
            this.realm = name;
            this.realmFile = realmJson;
            return this;
        }

        /** The master realm's administrator, created on the first start only. */
        public Builder admin(String user, String password) {
            this.adminUser = user;
            this.adminPassword = password;
            return this;
        }

        /** JVM heap options ({@code JAVA_OPTS_KC_HEAP}); default {@value KeycloakServer#DEFAULT_HEAP}. */
        public Builder heap(String heapOptions) {
            this.heap = Objects.requireNonNull(heapOptions, "heapOptions");
            return this;
        }

        /** Keycloak's stdout and stderr, appended across starts; default {@code keycloak.log} in the home. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** How long {@link #start()} waits for the realm; default 180 s. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        /** Stop Keycloak when the JVM exits normally or on SIGTERM. Default off. */
        public Builder stopOnJvmExit(boolean stopOnJvmExit) {
            this.stopOnJvmExit = stopOnJvmExit;
            return this;
        }

        public KeycloakServer build() {
            return new KeycloakServer(this);
        }
    }
}
