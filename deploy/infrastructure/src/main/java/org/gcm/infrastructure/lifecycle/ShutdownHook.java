package org.gcm.infrastructure.lifecycle;

import java.lang.System.Logger.Level;

/**
 * Stops a server when the JVM exits normally or on SIGTERM, so that a test JVM or a launcher that ends without
 * stopping what it started does not leave servers behind. Nothing runs on SIGKILL; a server started again over
 * the same data then deals with what is left.
 */
public final class ShutdownHook {

    private static final System.Logger LOG = System.getLogger(ShutdownHook.class.getName());

    private final Thread thread;

    private ShutdownHook(Thread thread) {
        this.thread = thread;
    }

    /** Runs {@code stop} at JVM exit; {@code what} names the server in the thread name and in a failure's log line. */
    public static ShutdownHook register(String what, Runnable stop) {
        Thread thread = new Thread(() -> {
            try {
                stop.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not stop " + what + " at JVM exit", e);
            }
        }, "stop " + what);
        Runtime.getRuntime().addShutdownHook(thread);
        return new ShutdownHook(thread);
    }

    /** Withdraws the hook after the server was stopped some other way; harmless from inside the hook itself. */
    public void cancel() {
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException e) {
            // The JVM is already exiting: the hook runs, or ran, and stops the server itself.
        }
    }
}
