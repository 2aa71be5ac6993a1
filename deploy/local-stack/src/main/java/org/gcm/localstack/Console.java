package org.gcm.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What the operator sees: progress lines stamped with the seconds since the command was typed, from several
 * threads at once, one whole line at a time.
 */
final class Console {

    /** Set by deploy/stack after any build, so that the times shown leave the build out. */
    static final String STARTED_AT_PROPERTY = "gcm.local-stack.started-at-ms";

    /** The component name on the supervisor's own progress lines. */
    static final String SUPERVISOR = "local stack";

    private final PrintStream out;
    private final long startedAtMillis;

    private Console(PrintStream out, long startedAtMillis) {
        this.out = out;
        this.startedAtMillis = startedAtMillis;
    }

    /**
     * Times count from the moment deploy/stack handed over (after any build), or else from the start of this
     * process, which deploy/stack {@code exec}s into, so both include the JVM's own start.
     */
    static Console create() {
        String property = System.getProperty(STARTED_AT_PROPERTY);
        long startedAt;
        if (property != null && property.matches("\\d+")) {
            startedAt = Long.parseLong(property);
        } else {
            startedAt = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
        }
        return new Console(System.out, startedAt);
    }

    double elapsedSeconds() {
        return (System.currentTimeMillis() - startedAtMillis) / 1000.0;
    }

    /** {@code [ 12.3s] component  message}. */
    synchronized void progress(String component, String message) {
        out.printf(Locale.ROOT, "[%5.1fs] %-19s %s%n", elapsedSeconds(), component, message);
    }

    synchronized void line(String text) {
        out.println(text);
    }

    synchronized void blank() {
        out.println();
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String seconds(long startedAtNanos) {
        return seconds(Duration.ofNanos(System.nanoTime() - startedAtNanos));
    }
}
