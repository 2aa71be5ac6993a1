package org.gcm.localstack;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGINT, SIGTERM or a normal exit, as the JVM's shutdown hook sees them. The hook does not stop anything itself:
 * it asks the owner thread (the one running {@code up}) to stop, and waits until it has, so that nothing is left
 * behind when the JVM ends.
 */
final class StopSignal {

    private final Console console;
    private final Thread owner;
    private final CountDownLatch finished = new CountDownLatch(1);

    private final Object phase = new Object();
    private boolean stopRequested; // guarded by phase
    private boolean cleaningUp; // guarded by phase

    private StopSignal(Console console, Thread owner) {
        this.console = console;
        this.owner = owner;
    }

    /** Installs the shutdown hook; the calling thread is the owner, which a signal interrupts. */
    static StopSignal install(Console console) {
        StopSignal signal = new StopSignal(console, Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(new Thread(signal::onSignal, "local-stack-stop"));
        return signal;
    }

    boolean isStopRequested() {
        synchronized (phase) {
            return stopRequested;
        }
    }

    /** The owner is stopping everything now: a signal must no longer interrupt it. */
    void cleanupBegins() {
        synchronized (phase) {
            cleaningUp = true;
        }
    }

    /** Everything is stopped: a waiting hook may let the JVM end. */
    void cleanupDone() {
        finished.countDown();
    }

    private void onSignal() {
        synchronized (phase) {
            if (finished.getCount() == 0) {
                return;
            }
            if (!stopRequested) {
                stopRequested = true;
                console.blank();
                console.progress(Console.SUPERVISOR, "stop requested");
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
}
