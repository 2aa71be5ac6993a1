package org.gcm.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gcm.infrastructure.keycloak.JavaRuntime;

/**
 * The start order: PostgreSQL, Kafka and Keycloak in parallel; then the three domain services in parallel; then
 * the gateway. Each step waits until all of its components are ready, and the first failure ends the start.
 * Start tasks run on threads of their own, so that {@link #abandon()} can end them from the owner thread.
 */
final class StartSequence {

    private static final Duration STARTERS_GRACE = Duration.ofSeconds(200);

    private final StackConfig config;
    private final Console console;
    private final StartedComponents started;
    private final JavaRuntime keycloakJava;
    private final InfrastructureStarter infrastructure;
    private final ServiceStarter services;
    private final AtomicInteger starterNumber = new AtomicInteger();
    private final ExecutorService starters = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "start-" + starterNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean aborting;

    StartSequence(StackConfig config, Console console, StartedComponents started, JavaRuntime keycloakJava) {
        this.config = config;
        this.console = console;
        this.started = started;
        this.keycloakJava = keycloakJava;
        this.infrastructure = new InfrastructureStarter(config, console, started, this::isAbandoned);
        this.services = new ServiceStarter(config, console, started, this::isAbandoned);
    }

    /** Returns once everything is ready; throws the first failure. */
    void run() throws InterruptedException {
        awaitAll(List.of(
                start(infrastructure::startPostgres),
                start(infrastructure::startKafka),
                start(() -> infrastructure.startKeycloak(keycloakJava))));
        List<CompletableFuture<Void>> domain = new ArrayList<>();
        for (Service service : Service.values()) {
            if (!service.isGateway()) {
                domain.add(start(() -> services.start(service)));
            }
        }
        awaitAll(domain);
        awaitAll(List.of(start(() -> services.start(Service.GATEWAY))));
    }

    private boolean isAbandoned() {
        return aborting;
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

    /**
     * Makes the start tasks give up and lets them end. A Keycloak start would wait for its realm for minutes, so its
     * processes are asked to stop, which ends that wait at once.
     */
    void abandon() {
        aborting = true;
        starters.shutdown();
        long deadline = System.nanoTime() + STARTERS_GRACE.toNanos();
        try {
            while (!starters.awaitTermination(1, TimeUnit.SECONDS)) {
                if (started.isKeycloakStarting()) {
                    StackProcesses.find(config).stream()
                            .filter(found -> found.component().equals(StackProcesses.KEYCLOAK))
                            .forEach(found -> ProcessHandle.of(found.process().pid()).ifPresent(ProcessHandle::destroy));
                }
                if (System.nanoTime() > deadline) {
                    console.progress(Console.SUPERVISOR, "start tasks still busy after " + STARTERS_GRACE.toSeconds()
                            + " s; stopping anyway");
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
