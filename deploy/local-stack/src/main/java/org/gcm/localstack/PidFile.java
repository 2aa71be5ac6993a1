package org.gcm.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code stack-data/stack.pid}: the lock that keeps two stacks from running over the same data. It holds the
 * supervisor's process id (first line) and its start time. Created atomically; a file left by a supervisor that
 * no longer runs (it was killed) is stale and replaced.
 */
final class PidFile {

    private static final String SUPERVISOR_CLASS = LocalStack.class.getName();

    private final Path file;
    private final long pid;

    private PidFile(Path file, long pid) {
        this.file = file;
        this.pid = pid;
    }

    /** Takes the lock for this process, or refuses when a live supervisor holds it. */
    static PidFile acquire(Path file, Console console) {
        long self = ProcessHandle.current().pid();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, self + "\nstarted " + Instant.now() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new PidFile(file, self);
            } catch (FileAlreadyExistsException e) {
                OptionalLong holder = readPid(file);
                if (holder.isPresent() && isSupervisor(holder.getAsLong())) {
                    throw new Refusal("The local stack is already running (supervisor pid " + holder.getAsLong()
                            + ", lock " + file + "). Use it, or stop it first with: deploy/stack stop");
                }
                console.line("Removing a stale lock " + file + " (pid " + (holder.isPresent() ? holder.getAsLong() : "?")
                        + " no longer runs: the last stack did not stop cleanly)");
                try {
                    Files.deleteIfExists(file);
                } catch (IOException deleteFailure) {
                    throw new UncheckedIOException(deleteFailure);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file, e);
            }
        }
        throw new Refusal("Could not take the lock " + file + ": another stack is starting at the same time");
    }

    /** The live supervisor named by the pid file, if any. */
    static OptionalLong runningSupervisor(Path file) {
        OptionalLong holder = readPid(file);
        return holder.isPresent() && isSupervisor(holder.getAsLong()) ? holder : OptionalLong.empty();
    }

    /** The second line of the file ("started <instant>"), for status output. */
    static String startedLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() > 1 ? lines.get(1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Deletes the file, if it still names this process. */
    void release() {
        OptionalLong holder = readPid(file);
        if (holder.isPresent() && holder.getAsLong() == pid) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                System.err.println("Could not delete " + file + ": " + e.getMessage());
            }
        }
    }

    private static OptionalLong readPid(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Alive, and really a supervisor (a recycled pid of an unrelated process does not count). */
    private static boolean isSupervisor(long pid) {
        return ProcessTable.entry(pid).map(entry -> entry.arguments().contains(SUPERVISOR_CLASS)).orElse(false);
    }
}
