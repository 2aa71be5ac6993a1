package org.gcm.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact SQL a service sent for one call, with its parameters written in, read from PostgreSQL's own log: the
 * harness turns statement logging on for the moment of the call. The floor of a measurement is then that very
 * statement run by pgbench, not a hand-written copy that could drift from the service's.
 */
final class CapturedStatement {

    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    private static final Pattern EXECUTE = Pattern.compile("execute [^:]+: (.*)$");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)\\b");

    private CapturedStatement() {
    }

    /** Runs {@code call} with statement logging on; answers the last logged statement that contains {@code marker}. */
    static String during(Database database, Path postgresLog, String marker, ThrowingCall call) throws Exception {
        long logStart = Files.size(postgresLog);
        setStatementLogging(database, "0");
        try {
            call.run();
        } finally {
            setStatementLogging(database, null);
        }
        byte[] log = Files.readAllBytes(postgresLog);
        String written = new String(log, (int) logStart, log.length - (int) logStart, StandardCharsets.UTF_8);
        return lastStatement(written.lines().toList(), marker);
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    static String lastStatement(List<String> lines, String marker) {
        String found = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher execute = EXECUTE.matcher(lines.get(i));
            if (!LOG_LINE.matcher(lines.get(i)).find() || !execute.find()) {
                continue;
            }
            StringBuilder sql = new StringBuilder(execute.group(1));
            int next = i + 1;
            while (next < lines.size() && !LOG_LINE.matcher(lines.get(next)).find()) {
                sql.append('\n').append(lines.get(next++));
            }
            if (!sql.toString().contains(marker)) {
                continue;
            }
            Map<String, String> parameters = new HashMap<>();
            if (next < lines.size() && lines.get(next).contains("DETAIL:  parameters: ")) {
                Matcher parameter = PARAMETER.matcher(lines.get(next));
                while (parameter.find()) {
                    parameters.put(parameter.group(1), parameter.group(2));
                }
            }
            found = PLACEHOLDER.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(
                    parameters.getOrDefault(m.group(1), m.group())));
        }
        if (found == null) {
            throw new IllegalStateException("PostgreSQL logged no statement containing '" + marker + "'");
        }
        return found;
    }

    /** {@code ALTER SYSTEM} plus a reload reaches the sessions the service's pool holds open already. */
    private static void setStatementLogging(Database database, String minimumMillis) throws SQLException {
        try (Connection connection = database.superuser("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(minimumMillis == null ? "alter system reset log_min_duration_statement"
                    : "alter system set log_min_duration_statement = " + minimumMillis);
            statement.execute("select pg_reload_conf()");
            // The reload is asynchronous: give the backends a moment to read the new setting.
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
