package org.gcm.testsupport.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gcm.testsupport.RealInfrastructure;

/**
 * What a service has stored, in one SQL statement: for every table, its row count and a hash of its rows. Two equal
 * fingerprints mean nothing was written between them. The migrations' history and the tables that background work
 * changes on its own (the outbox relay, the inbox of consumed events) are left out.
 */
public final class DatabaseFingerprint implements AutoCloseable {

    /** Tables written by background work rather than by a request. */
    public static final Set<String> BACKGROUND_TABLES = Set.of("flyway_schema_history", "outbox_event", "processed_event",
            "dead_letter");

    private static final String FINGERPRINT = """
            select t.table_name,
                   (xpath('/row/f/text()', query_to_xml(format(
                       'select count(*) || '':'' || coalesce(md5(string_agg(md5(x::text), '''' order by md5(x::text))), '''') as f from %I.%I x',
                       t.table_schema, t.table_name), false, true, '')))[1]::text
            from information_schema.tables t
            where t.table_type = 'BASE TABLE' and t.table_schema = current_schema() and not (t.table_name = any (?))
            order by t.table_name""";

    private final Connection connection;
    private final String[] excluded;

    private DatabaseFingerprint(Connection connection, Set<String> excluded) {
        this.connection = connection;
        this.excluded = excluded.toArray(new String[0]);
    }

    /** Connects to the service's database on the test JVM's PostgreSQL (user and password are its name). */
    public static DatabaseFingerprint of(String database, Set<String> moreExcluded) {
        Set<String> excluded = new TreeSet<>(BACKGROUND_TABLES);
        excluded.addAll(moreExcluded);
        try {
            return new DatabaseFingerprint(DriverManager.getConnection(RealInfrastructure.get().jdbcUrl(database),
                    database, database), excluded);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + database, e);
        }
    }

    /** Table name to "row count:hash". */
    public Map<String, String> take() {
        Map<String, String> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(FINGERPRINT)) {
            statement.setArray(1, connection.createArrayOf("text", excluded));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the database's fingerprint", e);
        }
        return tables;
    }

    /** The tables whose rows differ between two fingerprints. */
    public static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> tables = new TreeSet<>();
        after.forEach((table, print) -> {
            if (!print.equals(before.get(table))) {
                tables.add(table);
            }
        });
        return tables;
    }

    /**
     * Waits until background work has settled, after an accepted request or before the first: two fingerprints
     * 100 ms apart are equal (at most 10 s).
     */
    public Map<String, String> settled() {
        Map<String, String> last = take();
        for (int i = 0; i < 100; i++) {
            sleep(100);
            Map<String, String> next = take();
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a test connection: nothing to do.
        }
    }
}
