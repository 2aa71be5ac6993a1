package org.gcm.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.gcm.infrastructure.kafka.KafkaBrokerMain;
import org.gcm.infrastructure.keycloak.JavaRuntime;
import org.gcm.infrastructure.keycloak.JavaRuntimes;
import org.gcm.infrastructure.keycloak.KeycloakServer;
import org.gcm.infrastructure.net.Ports;
import org.gcm.infrastructure.postgres.PostgresBinaries;
import org.gcm.infrastructure.postgres.PostgresServer;

/**
 * {@code up}: starts the whole stack in the foreground and stops it again on Ctrl-C or SIGTERM.
 *
 * <p>Order: PostgreSQL, Kafka and Keycloak in parallel; then the three domain services in parallel; then the
 * gateway. Stopping goes the other way round, waiting for each. One thread (the one that called {@link #up()})
 * owns the life cycle: it starts, it waits, and it always stops what was started, whether start-up failed or a
 * signal arrived. The JVM's shutdown hook only tells it to stop and waits for it to finish, so that nothing is
 * left behind when the JVM ends.
 */
final class Supervisor {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STARTERS_GRACE = Duration.ofSeconds(200);
    private static final long ROTATE_LOGS_ABOVE_BYTES = 20L * 1024 * 1024;
    private static final String SELF = "local stack";

    private final StackConfig config;
    private final Console console;
    private final Thread owner = Thread.currentThread();
    private final AtomicInteger starterNumber = new AtomicInteger();
    private final ExecutorService starters = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "start-" + starterNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch finished = new CountDownLatch(1);

    private final Object phase = new Object();
    private boolean stopRequested; // guarded by phase
    private boolean cleaningUp; // guarded by phase
    private volatile boolean aborting;

    private PostgresServer postgres;
    private volatile boolean postgresAttempted;
    private volatile long postgresPid = -1;
    private volatile ChildProcess kafka;
    private volatile KeycloakServer keycloak;
    private volatile boolean keycloakStarting;
    private volatile boolean keycloakReady;
    private final Map<Service, ChildProcess> services = new ConcurrentHashMap<>();
    private final Map<String, Boolean> reportedDead = new ConcurrentHashMap<>();

    Supervisor(StackConfig config, Console console) {
        this.config = config;
        this.console = console;
    }

    /** Runs the stack until a signal; returns the process exit code (0 after a requested stop, 1 if start-up failed). */
    int up() throws IOException {
        requireBuildOutputs();
        PidFile pidFile = PidFile.acquire(config.pidFile(), console);
        JavaRuntime keycloakJava;
        try {
            // Only the stack that holds the lock may touch the logs.
            Files.createDirectories(config.logs());
            rotateLogs();
            SupervisorLogging.toFile(config.log("local-stack"));
            keycloakJava = locateKeycloakJava();
            PostgresBinaries binaries = PostgresBinaries.locate(config.postgresBinariesCache());
            postgres = PostgresServer.builder()
                    .binaries(binaries)
                    .dataDirectory(config.postgresData())
                    .logFile(config.log("postgres"))
                    .port(config.ports().postgres())
                    .superuserPassword(config.postgresSuperuserPassword())
                    .durable(true)
                    .build();
            stopLeftovers();
            requireFreePorts();
        } catch (RuntimeException | IOException e) {
            pidFile.release();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::onSignal, "local-stack-stop"));

        int exitCode = 0;
        String failure = null;
        String summary = null;
        try {
            console.line("Starting the GCM local stack (data and logs in " + config.dataDirectory() + ")");
            startAll(keycloakJava);
            ReadyReport.print(config, console, memoryRows());
            superviseUntilStopRequested();
        } catch (InterruptedException e) {
            // A signal: stop as asked.
        } catch (RuntimeException e) {
            if (!isStopRequested()) {
                failure = describe(e);
                summary = e instanceof StartupFailure startupFailure ? startupFailure.summary()
                        : failure.lines().findFirst().orElse(failure);
                console.blank();
                console.line("START-UP FAILED: " + failure);
                console.blank();
                exitCode = 1;
            }
        } finally {
            synchronized (phase) {
                cleaningUp = true;
            }
            Thread.interrupted(); // a signal's interrupt must not cut the stopping short
            stopAll();
            pidFile.release();
            if (failure != null) {
                console.line("The stack did not start: " + summary + ". Logs: " + config.logs());
            }
            finished.countDown();
        }
        return exitCode;
    }

    // --- Before starting ---

    private void requireBuildOutputs() {
        List<Path> missing = config.buildOutputs().stream().filter(path -> !Files.isRegularFile(path)).toList();
        if (!missing.isEmpty()) {
            throw new Refusal("Not built: " + missing.get(0) + (missing.size() > 1 ? " and " + (missing.size() - 1)
                    + " more" : "") + " missing. Build with: deploy/stack up --build");
        }
    }

    private static JavaRuntime locateKeycloakJava() {
        try {
            return JavaRuntimes.locate(KeycloakServer.MINIMUM_JAVA);
        } catch (IllegalStateException e) {
            throw new Refusal(e.getMessage());
        }
    }

    /** Processes a killed supervisor left behind hold our ports and data; they are ours, so they are stopped. */
    private void stopLeftovers() {
        List<StackProcesses.Found> leftovers = StackProcesses.find(config);
        boolean postgresLeft = postgres.isRunning();
        if (leftovers.isEmpty() && !postgresLeft) {
            return;
        }
        console.line("Found processes of an earlier stack that did not stop cleanly; stopping them first:");
        leftovers.forEach(found -> console.line("  " + found.component() + ": pid " + found.process().pid()));
        if (postgresLeft) {
            console.line("  PostgreSQL: pid " + postgres.pid().orElse(-1));
        }
        StackProcesses.stop(leftovers, console);
        if (postgresLeft) {
            postgres.stop();
            console.progress("PostgreSQL", "stopped");
        }
    }

    private void requireFreePorts() {
        List<String> taken = new ArrayList<>();
        for (StackConfig.PortUse use : config.ports().uses()) {
            if (!Ports.isFree(use.port())) {
                String holder = ProcessTable.listenersOn(use.port()).stream().findFirst()
                        .map(entry -> " by pid " + entry.pid() + " (" + entry.shortCommand() + ")")
                        .orElse("");
                taken.add("port " + use.port() + " on 127.0.0.1 is taken" + holder + "; it is the port of "
                        + use.user() + " in this stack (set " + use.variable() + " to use another)");
            }
        }
        if (!taken.isEmpty()) {
            throw new Refusal("Cannot start: " + String.join("; ", taken));
        }
    }

    /** Logs are appended across runs; a large one is moved aside to {@code <name>.log.1} first. */
    private void rotateLogs() throws IOException {
        try (Stream<Path> logs = Files.list(config.logs())) {
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
                if (Files.size(log) > ROTATE_LOGS_ABOVE_BYTES) {
                    Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // --- Starting ---

    private void startAll(JavaRuntime keycloakJava) throws InterruptedException {
        awaitAll(List.of(
                start(this::startPostgres),
                start(this::startKafka),
                start(() -> startKeycloak(keycloakJava))));
        List<CompletableFuture<Void>> domain = new ArrayList<>();
        for (Service service : Service.values()) {
            if (!service.isGateway()) {
                domain.add(start(() -> startService(service)));
            }
        }
        awaitAll(domain);
        awaitAll(List.of(start(() -> startService(Service.GATEWAY))));
    }

    private CompletableFuture<Void> start(Runnable task) {
        return CompletableFuture.runAsync(() -> {
            if (aborting) {
                throw new StartupFailure("start abandoned");
            }
            task.run();
        }, starters);
    }

    /** Waits until all succeeded, or until the first one failed (the others are then abandoned by the caller). */
    private static void awaitAll(List<CompletableFuture<Void>> tasks) throws InterruptedException {
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        tasks.forEach(task -> task.whenComplete((ignored, error) -> {
            if (error != null) {
                firstFailure.completeExceptionally(error);
            }
        }));
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)), firstFailure)
                    .get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StartupFailure(String.valueOf(cause), cause);
        }
    }

    private void startPostgres() {
        String name = "PostgreSQL";
        boolean fresh = !Files.exists(config.postgresData().resolve("PG_VERSION"));
        console.progress(name, "starting on 127.0.0.1:" + config.ports().postgres()
                + (fresh ? " (new cluster)" : " (existing cluster)"));
        long startedAt = System.nanoTime();
        postgresAttempted = true;
        try {
            postgres.start();
            List<String> databases = new ArrayList<>();
            for (Service service : Service.values()) {
                if (service.database() != null) {
                    postgres.ensureDatabase(service.database(), service.database(), service.database());
                    databases.add(service.database());
                }
            }
            postgresPid = postgres.pid().orElse(-1);
            console.progress(name, "ready in " + Console.seconds(startedAt) + " (databases "
                    + String.join(", ", databases) + ")");
        } catch (RuntimeException e) {
            throw new StartupFailure("PostgreSQL did not start: " + describe(e), e);
        }
    }

    private void startKafka() {
        String name = "Kafka";
        boolean fresh = !Files.exists(config.kafkaData().resolve("log").resolve("meta.properties"));
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(options(config.kafkaJavaOptions()));
        command.addAll(markers(StackProcesses.KAFKA));
        command.addAll(List.of(
                // slf4j-simple: Kafka's own chatter at WARN, the broker launcher's lines at INFO, with times.
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.kafka=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
                "-Djava.util.logging.SimpleFormatter.format=%1$tF %1$tT.%1$tL %4$s [%3$s] %5$s%6$s%n",
                // The few Log4j API callers in Kafka: Log4j's own simple logger (errors only), not "no provider".
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"),
                KafkaBrokerMain.class.getName(),
                config.kafkaData().toString(),
                Integer.toString(config.ports().kafka()),
                Integer.toString(config.ports().kafkaController())));
        ChildProcess process = new ChildProcess(StackProcesses.KAFKA, command, config.log("kafka"),
                config.dataDirectory());
        console.progress(name, "starting on " + config.kafkaBootstrap() + (fresh ? " (new storage)" : " (existing storage)"));
        long startedAt = System.nanoTime();
        kafka = process;
        process.launch();
        process.awaitLogLine(KafkaBrokerMain.READY, KAFKA_TIMEOUT, () -> aborting);
        console.progress(name, "ready in " + Console.seconds(startedAt) + " (pid " + process.pid().orElse(-1) + ")");
    }

    private void startKeycloak(JavaRuntime java) {
        String name = "Keycloak";
        Path home = config.keycloakHome();
        boolean unpack = !Files.isRegularFile(home.resolve("bin").resolve("kc.sh"));
        boolean freshRealm = !Files.isDirectory(home.resolve("data").resolve("h2"));
        KeycloakServer server = KeycloakServer.builder()
                .distribution(config.keycloakZip())
                .home(home)
                .httpPort(config.ports().keycloak())
                .managementPort(config.ports().keycloakManagement())
                .realm(StackConfig.REALM, config.realmFile())
                .admin(config.keycloakAdminUser(), config.keycloakAdminPassword())
                .heap(config.keycloakHeap())
                .logFile(config.log("keycloak"))
                .startTimeout(config.keycloakReadyTimeout())
                .build();
        console.progress(name, "starting on " + config.keycloakUrl() + " with Java " + java.version()
                + (unpack ? " (first start: unpacks and builds Keycloak, about a minute)" : ""));
        long startedAt = System.nanoTime();
        keycloak = server;
        keycloakStarting = true;
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new StartupFailure(aborting ? "start of Keycloak abandoned" : describe(e), e);
        } finally {
            keycloakStarting = false;
        }
        keycloakReady = true;
        console.progress(name, "ready in " + Console.seconds(startedAt) + " (realm " + StackConfig.REALM + " "
                + (freshRealm ? "imported from deploy/keycloak/gcm-realm.json" : "kept from the last run, not re-imported")
                + ")");
    }

    private void startService(Service service) {
        String name = service.module();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(options(config.serviceJavaOptions()));
        config.classArchive(service).ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.addAll(markers(name));
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + config.ports().of(service));
        command.add("-Dquarkus.oidc.auth-server-url=" + config.issuerUrl());
        if (service.isGateway()) {
            for (Service target : Service.values()) {
                if (!target.isGateway()) {
                    command.add("-Dgateway.routes." + target.route() + ".target=" + config.serviceUrl(target));
                }
            }
        } else {
            command.add("-Dquarkus.datasource.jdbc.url=" + config.jdbcUrl(service.database()));
            command.add("-Dquarkus.datasource.username=" + service.database());
            command.add("-Dquarkus.datasource.password=" + service.database());
            command.add("-Dkafka.bootstrap.servers=" + config.kafkaBootstrap());
            // Each service loads its demo data (marked as such) only into empty tables.
            command.add("-D" + service.route() + ".demo-data.enabled=" + config.demoData());
        }
        // From the application's own directory, as Quarkus records the class path of its class-data archive.
        Path jar = config.serviceJar(service);
        command.add("-jar");
        command.add(jar.getFileName().toString());
        ChildProcess process = new ChildProcess(name, command, config.log(name), jar.getParent());
        console.progress(name, "starting on " + config.serviceUrl(service));
        long startedAt = System.nanoTime();
        services.put(service, process);
        process.launch();
        process.awaitHttpOk(URI.create(config.serviceUrl(service) + "/q/health/ready"), config.serviceReadyTimeout(),
                () -> aborting);
        console.progress(name, "ready in " + Console.seconds(startedAt) + " (pid " + process.pid().orElse(-1) + ")");
    }

    private List<String> markers(String component) {
        return List.of(StackProcesses.DATA_MARKER + config.dataDirectory(), StackProcesses.COMPONENT_MARKER + component);
    }

    private static List<String> options(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // --- Running ---

    /** Reports a component that ends on its own (it is not restarted), until a signal interrupts the wait. */
    private void superviseUntilStopRequested() throws InterruptedException {
        while (true) {
            Thread.sleep(1000);
            services.forEach((service, process) -> reportIfDead(service.module(), process.isAlive(), process.logFile()));
            if (kafka != null) {
                reportIfDead("Kafka", kafka.isAlive(), kafka.logFile());
            }
            if (keycloak != null) {
                reportIfDead("Keycloak", keycloak.isRunning(), config.log("keycloak"));
            }
            if (postgresPid > 0) {
                reportIfDead("PostgreSQL", ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false),
                        config.log("postgres"));
            }
        }
    }

    private void reportIfDead(String name, boolean alive, Path log) {
        if (!alive && reportedDead.putIfAbsent(name, Boolean.TRUE) == null) {
            console.progress(name, "ENDED UNEXPECTEDLY; it is not restarted. See " + log
                    + " (stop with Ctrl-C or deploy/stack stop, then start again)");
        }
    }

    private boolean isStopRequested() {
        synchronized (phase) {
            return stopRequested;
        }
    }

    /** The shutdown hook (SIGINT, SIGTERM, normal exit): asks the owner thread to stop and waits until it has. */
    private void onSignal() {
        synchronized (phase) {
            if (finished.getCount() == 0) {
                return;
            }
            if (!stopRequested) {
                stopRequested = true;
                console.blank();
                console.progress(SELF, "stop requested");
            }
            if (!cleaningUp) {
                owner.interrupt();
            }
        }
        try {
            if (!finished.await(10, TimeUnit.MINUTES)) {
                System.err.println("The local stack did not finish stopping within 10 minutes; exiting anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- Stopping ---

    /** Stops, in reverse start order, whatever was started (or half started), waiting for each. */
    private void stopAll() {
        aborting = true;
        long startedAt = System.nanoTime();
        awaitStarters();
        console.progress(SELF, "stopping");
        ChildProcess gateway = services.get(Service.GATEWAY);
        stopChildren(gateway == null ? List.of() : List.of(gateway));
        stopChildren(Stream.of(Service.HUB, Service.FUND, Service.KNOWLEDGE).map(services::get)
                .filter(process -> process != null).toList());
        if (keycloak != null) {
            long keycloakAt = System.nanoTime();
            boolean wasRunning = keycloak.isRunning();
            try {
                keycloak.stop();
            } catch (RuntimeException e) {
                console.progress("Keycloak", "could not be stopped: " + describe(e));
            }
            if (wasRunning) {
                console.progress("Keycloak", "stopped (" + Console.seconds(keycloakAt) + ")");
            } else if (!keycloakReady) {
                console.progress("Keycloak", "start abandoned, its processes stopped");
            }
        }
        if (kafka != null) {
            stopChildren(List.of(kafka));
        }
        if (postgresAttempted) {
            long postgresAt = System.nanoTime();
            try {
                if (postgres.isRunning()) {
                    postgres.stop();
                    console.progress("PostgreSQL", "stopped (" + Console.seconds(postgresAt) + ")");
                }
            } catch (RuntimeException e) {
                console.progress("PostgreSQL", "could not be stopped: " + describe(e));
            }
        }
        // Whatever a failed start or a lost handle left: nothing of the stack may outlive the supervisor.
        List<StackProcesses.Found> left = StackProcesses.find(config);
        if (!left.isEmpty()) {
            console.progress(SELF, left.size() + " process(es) still running; stopping them");
            StackProcesses.stop(left, console);
        }
        console.progress(SELF, "stopped everything in " + Console.seconds(startedAt));
    }

    /**
     * Lets the start tasks end. A Keycloak start would wait for its realm for minutes, so its processes are asked
     * to stop, which ends that wait at once.
     */
    private void awaitStarters() {
        starters.shutdown();
        long deadline = System.nanoTime() + STARTERS_GRACE.toNanos();
        try {
            while (!starters.awaitTermination(1, TimeUnit.SECONDS)) {
                if (keycloakStarting) {
                    StackProcesses.find(config).stream()
                            .filter(found -> found.component().equals(StackProcesses.KEYCLOAK))
                            .forEach(found -> ProcessHandle.of(found.process().pid()).ifPresent(ProcessHandle::destroy));
                }
                if (System.nanoTime() > deadline) {
                    console.progress(SELF, "start tasks still busy after " + STARTERS_GRACE.toSeconds()
                            + " s; stopping anyway");
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopChildren(List<ChildProcess> children) {
        Map<ChildProcess, Long> startedAt = new LinkedHashMap<>();
        for (ChildProcess child : children) {
            if (child.isAlive()) {
                startedAt.put(child, System.nanoTime());
                child.requestStop();
            }
        }
        startedAt.forEach((child, at) -> {
            String how = child.awaitStopped();
            console.progress(child.name(), "stopped (" + Console.seconds(at) + ", " + how + ")");
        });
    }

    // --- Reporting ---

    private List<ReadyReport.MemoryRow> memoryRows() {
        List<ReadyReport.MemoryRow> rows = new ArrayList<>();
        if (postgresPid > 0) {
            int processes = 1 + ProcessTable.descendants(postgresPid).size();
            rows.add(new ReadyReport.MemoryRow("PostgreSQL", postgresPid, ProcessTable.treePssKiB(postgresPid),
                    "Pss of its " + processes + " processes summed (their RSS sum, "
                            + ProcessTable.treeRssKiB(postgresPid).stream().mapToObj(ProcessTable::mebibytes)
                                    .findFirst().orElse("?")
                            + ", counts the shared buffers once per process)"));
        }
        if (kafka != null) {
            kafka.pid().ifPresent(pid -> rows.add(new ReadyReport.MemoryRow("Kafka", pid, ProcessTable.rssKiB(pid), "")));
        }
        if (keycloak != null) {
            OptionalLong pid = keycloak.pid();
            pid.ifPresent(value -> rows.add(new ReadyReport.MemoryRow("Keycloak", value, ProcessTable.rssKiB(value),
                    "the java process")));
        }
        for (Service service : Service.values()) {
            ChildProcess process = services.get(service);
            if (process != null) {
                process.pid().ifPresent(pid -> rows.add(new ReadyReport.MemoryRow(service.module(), pid,
                        ProcessTable.rssKiB(pid), "")));
            }
        }
        long self = ProcessHandle.current().pid();
        rows.add(new ReadyReport.MemoryRow("supervisor", self, ProcessTable.rssKiB(self), "this process"));
        return rows;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getName();
        }
        if (e.getCause() != null && !(e instanceof StartupFailure) && e.getCause().getMessage() != null
                && !message.contains(e.getCause().getMessage())) {
            message += " (" + e.getCause().getMessage().lines().findFirst().orElse("") + ")";
        }
        return message;
    }
}
