package org.gcm.infrastructure.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.gcm.infrastructure.net.Ports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    /** Under target/ (Surefire sets java.io.tmpdir there); wiped before each run so every cluster starts new. */
    private static final Path WORK = Path.of(System.getProperty("java.io.tmpdir"), "postgres-server-test");

    @BeforeAll
    static void wipeEarlierRuns() throws IOException {
        if (Files.exists(WORK)) {
            PathUtils.deleteDirectory(WORK);
        }
    }

    @Test
    void keepsDataAcrossARestartAndEnsuresDatabasesIdempotently() throws SQLException {
        int port = Ports.freePort();
        try (PostgresServer server = server(PostgresBinaries.locate(WORK.resolve("cache")), "restart", port)) {
            server.start();
            assertTrue(server.isRunning());
            assertTrue(server.pid().isPresent());

            server.ensureDatabase("probe", "probe", "probe");
            server.ensureDatabase("probe", "probe", "probe");
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("probe"), "probe", "probe");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE note (id int PRIMARY KEY, text varchar(40) NOT NULL)");
                statement.execute("INSERT INTO note VALUES (1, 'survives a restart')");
            }

            server.stop();
            assertFalse(server.isRunning());
            assertTrue(server.pid().isEmpty());
            assertTrue(Ports.isFree(port), "the port is released");
            server.stop();

            server.start();
            server.ensureDatabase("probe", "probe", "probe");
            assertEquals("survives a restart",
                    singleValue(server, "probe", "probe", "SELECT text FROM note WHERE id = 1"));
        }
    }

    @Test
    void quotesPasswordsAndRefusesNamesThatWouldNeedQuoting() throws SQLException {
        try (PostgresServer server = server(PostgresBinaries.locate(WORK.resolve("cache")), "quoting",
                Ports.freePort())) {
            server.start();
            server.ensureDatabase("quoting", "quoting_owner", "it's a secret");
            assertEquals("quoting_owner",
                    singleValue(server, "quoting", "quoting_owner", "it's a secret", "SELECT current_user"));
            assertThrows(IllegalArgumentException.class, () -> server.ensureDatabase("Bad-Name", "owner", "x"));
            assertThrows(IllegalArgumentException.class,
                    () -> server.ensureDatabase("db", "x; DROP ROLE postgres", "x"));
        }
    }

    @Test
    void startsAgainOverTheDataOfAKilledServer() throws Exception {
        PostgresBinaries binaries = PostgresBinaries.locate(WORK.resolve("cache"));
        int port = Ports.freePort();
        PostgresServer killed = server(binaries, "killed", port);
        killed.start();
        killed.ensureDatabase("probe", "probe", "probe");
        ProcessHandle postmaster = ProcessHandle.of(killed.pid().orElseThrow()).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(killed.dataDirectory().resolve("postmaster.pid")), "the kill left a stale pid file");

        try (PostgresServer restarted = server(binaries, "killed", Ports.freePort())) {
            restarted.start();
            assertEquals("probe", singleValue(restarted, "probe", "probe", "SELECT current_database()"));
        }
    }

    @Test
    void runsTheEmbeddedBinariesWhenNoPostgresIsInstalled() throws SQLException {
        PostgresBinaries embedded = PostgresBinaries.embedded(WORK.resolve("cache"));
        assertEquals(embedded.binDirectory(), PostgresBinaries.embedded(WORK.resolve("cache")).binDirectory(),
                "a second lookup reuses the unpacked tree");
        assertTrue(Files.isExecutable(embedded.postgres()));
        try (PostgresServer server = server(embedded, "embedded", Ports.freePort())) {
            server.start();
            server.ensureDatabase("probe", "probe", "probe");
            String version = singleValue(server, "probe", "probe", "SHOW server_version");
            assertTrue(version.startsWith("17."), "embedded binaries are PostgreSQL 17, got " + version);
        }
    }

    private static PostgresServer server(PostgresBinaries binaries, String name, int port) {
        return PostgresServer.builder()
                .binaries(binaries)
                .dataDirectory(WORK.resolve(name))
                .port(port)
                .superuserPassword("superuser-secret")
                .durable(false)
                .stopOnJvmExit(true)
                .build();
    }

    private static String singleValue(PostgresServer server, String database, String user, String query)
            throws SQLException {
        return singleValue(server, database, user, user, query);
    }

    private static String singleValue(PostgresServer server, String database, String user, String password,
            String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            assertTrue(rows.next(), "one row from " + query);
            return rows.getString(1);
        }
    }
}
