package org.gcm.infrastructure.postgres;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The operating-system account PostgreSQL's programs run as.
 *
 * <p>{@code initdb}, {@code pg_ctl} and {@code postgres} refuse to run as root. CI containers and some build
 * machines run everything as root, so when this JVM is root each program runs through
 * {@code runuser -u ACCOUNT --} as {@code postgres} (created by the distribution's PostgreSQL packages) or, where
 * no such account exists, {@code nobody}; the files a program needs are handed over to that account first. As any
 * other user the programs run unchanged, as that user.
 */
final class ServerAccount {

    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final String PREFERRED = "postgres";
    private static final String LAST_RESORT = "nobody";

    /** The account to switch to, or {@code null} when programs run as the current user. */
    private final String switchTo;

    private ServerAccount(String switchTo) {
        this.switchTo = switchTo;
    }

    static ServerAccount forCurrentProcess() {
        String uid = ExternalCommand.runOrThrow(List.of("id", "-u"), QUICK).strip();
        if (!"0".equals(uid)) {
            return new ServerAccount(null);
        }
        boolean hasPostgresAccount = ExternalCommand.run(List.of("id", "-u", PREFERRED), QUICK).succeeded();
        return new ServerAccount(hasPostgresAccount ? PREFERRED : LAST_RESORT);
    }

    boolean switchesUser() {
        return switchTo != null;
    }

    /** For log lines: who the programs run as. */
    String describe() {
        return switchesUser() ? "user " + switchTo + " (this JVM runs as root)" : "the current user";
    }

    /** {@code program} with its arguments, prefixed so that it runs as this account. */
    List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (switchesUser()) {
            command.addAll(List.of("runuser", "-u", switchTo, "--"));
        }
        command.add(program);
        command.addAll(List.of(arguments));
        return command;
    }

    /** Makes {@code path} (recursively) belong to this account; nothing to do when no user is switched. */
    void takeOwnership(Path path) {
        if (switchesUser()) {
            // "user:" also sets the group to the account's login group.
            ExternalCommand.runOrThrow(List.of("chown", "-R", switchTo + ":", path.toString()), QUICK);
        }
    }

    /**
     * Fails with a hint when the account cannot use {@code path} as {@code test(1)} checks it (e.g. {@code -x}).
     * Only a switched account can lack access to what this JVM set up; the typical cause is a parent directory
     * closed to other users, such as {@code /root} or a directory from {@code Files.createTempDirectory} (mode 700).
     */
    void requireAccess(Path path, String testOperator, String purpose) {
        if (switchesUser() && !ExternalCommand.run(command("test", testOperator, path.toString()), QUICK).succeeded()) {
            throw new IllegalStateException("User " + switchTo + " cannot " + purpose + " " + path
                    + ": every parent directory must be enterable by that user (chmod o+x), or choose a location"
                    + " outside private directories such as /root");
        }
    }
}
