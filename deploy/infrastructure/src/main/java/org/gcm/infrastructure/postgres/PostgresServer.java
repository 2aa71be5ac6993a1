package org.gcm.infrastructure.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.gcm.infrastructure.diagnostics.LogTail;
import org.gcm.infrastructure.lifecycle.ShutdownHook;
import org.gcm.infrastructure.net.Ports;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One PostgreSQL cluster (a data directory and the server process that owns it) on 127.0.0.1, run with the
 * programs of {@link PostgresBinaries}.
 *
 * <p>{@link #start()} creates the cluster with {@code initdb} on first use and otherwise starts the existing one,
 * so a durable cluster keeps its data across runs. The superuser is {@value #SUPERUSER}, authenticated by password
 * (scram-sha-256) on every connection. Each service gets its own role and database from
 * {@link #ensureDatabase(String, String, String)}.
 *
 * <p>When this JVM runs as root, PostgreSQL's programs run as an unprivileged account (see {@link ServerAccount}),
 * which then owns the data directory.
 */
public final class PostgresServer implements AutoCloseable {

    /** The superuser {@code initdb} creates. */
    public static final String SUPERUSER = "postgres";

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final Duration PROGRAM_TIMEOUT = Duration.ofMinutes(2);
    /** Lower-case SQL identifiers, which need no quoting; anything else is refused rather than escaped. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** sun_path in sockaddr_un holds 108 bytes including the terminating zero. */
    private static final int MAX_SOCKET_PATH = 107;

    private final PostgresBinaries binaries;
    private final Path dataDirectory;
    private final Path logFile;
    private final int port;
    private final String superuserPassword;
    private final boolean durable;
    private final boolean stopOnJvmExit;
    private final ServerAccount account;

    private boolean started;
    private ShutdownHook shutdownHook;

    private PostgresServer(Builder builder) {
        this.binaries = Objects.requireNonNull(builder.binaries, "binaries");
        this.dataDirectory = Objects.requireNonNull(builder.dataDirectory, "dataDirectory")
                .toAbsolutePath().normalize();
        this.logFile = builder.logFile != null
                ? builder.logFile.toAbsolutePath().normalize()
                : dataDirectory.resolve("postgres.log");
        if (builder.port < 1 || builder.port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, not " + builder.port);
        }
        this.port = builder.port;
        this.superuserPassword = Objects.requireNonNull(builder.superuserPassword, "superuserPassword");
        this.durable = builder.durable;
        this.stopOnJvmExit = builder.stopOnJvmExit;
        this.account = ServerAccount.forCurrentProcess();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the cluster if the data directory holds none, then starts the server and waits until it accepts
     * connections. A server still running on this data directory from an earlier, killed JVM is stopped first; a
     * stale {@code postmaster.pid} left by a killed server is handled by {@code pg_ctl} itself. Does nothing when
     * the server this instance started is still running; starts it again when it was stopped or killed.
     */
    public synchronized void start() {
        if (started && isRunning()) {
            return;
        }
        long startedAt = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            account.takeOwnership(dataDirectory);
            account.requireAccess(binaries.postgres(), "-x", "run");
            account.requireAccess(dataDirectory, "-w", "write to");
            stopLeftoverServer();
            if (!Ports.isFree(port)) {
                throw new IllegalStateException("Port " + port + " on 127.0.0.1 is already in use; PostgreSQL for "
                        + dataDirectory + " cannot listen there");
            }
            boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
            if (fresh) {
                initialize();
            }
            prepareLogFile();
            launch();
            started = true;
            if (stopOnJvmExit && shutdownHook == null) {
                shutdownHook = ShutdownHook.register("PostgreSQL on 127.0.0.1:" + port, this::stop);
            }
            long millis = (System.nanoTime() - startedAt) / 1_000_000;
            LOG.log(Level.INFO, () -> "PostgreSQL started in " + millis + " ms: 127.0.0.1:" + port + ", "
                    + (fresh ? "new" : "existing") + " cluster in " + dataDirectory + ", "
                    + (durable ? "durable" : "not durable (fsync off)") + ", running as " + account.describe()
                    + ", log " + logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Stops the server ({@code pg_ctl stop -m fast}: open sessions are rolled back); does nothing if it is not
     * running.
     */
    public synchronized void stop() {
        if (shutdownHook != null) {
            shutdownHook.cancel();
            shutdownHook = null;
        }
        started = false;
        if (!isRunning()) {
            return;
        }
        long stoppingAt = System.nanoTime();
        ExternalCommand.runOrThrow(pgCtl("-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"), PROGRAM_TIMEOUT);
        long millis = (System.nanoTime() - stoppingAt) / 1_000_000;
        LOG.log(Level.INFO, () -> "PostgreSQL on 127.0.0.1:" + port + " stopped in " + millis + " ms");
    }

    @Override
    public void close() {
        stop();
    }

    /** Whether a server is running on this data directory, as {@code pg_ctl status} sees it. */
    public boolean isRunning() {
        return Files.exists(dataDirectory.resolve("postmaster.pid"))
                && ExternalCommand.run(pgCtl("-D", dataDirectory.toString(), "status"), PROGRAM_TIMEOUT).succeeded();
    }

    /**
     * Makes sure role {@code owner} exists, may log in and has {@code password}, and that database {@code name}
     * exists (created with that owner if absent). Safe to call on every start. Both names must be lower-case SQL
     * identifiers.
     */
    public synchronized void ensureDatabase(String name, String owner, String password) {
        requireIdentifier(name, "database name");
        requireIdentifier(owner, "role name");
        Objects.requireNonNull(password, "password");
        try (Connection connection = connect("postgres", SUPERUSER, superuserPassword);
                Statement statement = connection.createStatement()) {
            // DDL takes no bind parameters: identifiers are validated above, the password is a quoted literal.
            String passwordLiteral = "'" + password.replace("'", "''") + "'";
            if (exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", owner)) {
                statement.execute("ALTER ROLE " + owner + " WITH LOGIN PASSWORD " + passwordLiteral);
            } else {
                statement.execute("CREATE ROLE " + owner + " WITH LOGIN PASSWORD " + passwordLiteral);
                LOG.log(Level.INFO, () -> "Created role " + owner + " on 127.0.0.1:" + port);
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                statement.execute("CREATE DATABASE " + name + " OWNER " + owner);
                LOG.log(Level.INFO, () -> "Created database " + name + " owned by " + owner + " on 127.0.0.1:" + port);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ensure database " + name + " owned by " + owner
                    + " on 127.0.0.1:" + port, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * The postmaster's process id (first line of {@code postmaster.pid}), e.g. to report its memory; empty when
     * the server is not running.
     */
    public OptionalLong pid() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return OptionalLong.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            // A file left by a killed server names a process that is gone.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()
                    ? OptionalLong.of(pid)
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private void initialize() throws IOException {
        // The password goes through a file, not the command line, where every local user could read it.
        // It sits next to the data directory because initdb insists on an empty data directory.
        Path passwordFile = Files.createTempFile(dataDirectory.getParent(), "postgres-superuser-", ".pw");
        try {
            Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
            account.takeOwnership(passwordFile);
            List<String> initdb = account.command(binaries.initdb().toString(), "-D", dataDirectory.toString(),
                    "-U", SUPERUSER, "--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8",
                    "--locale=C", "--no-sync");
            ExternalCommand.runOrThrow(initdb, PROGRAM_TIMEOUT);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private void prepareLogFile() throws IOException {
        Files.createDirectories(logFile.getParent());
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
        }
        // pg_ctl opens the log as the account that runs the server.
        account.takeOwnership(logFile);
    }

    private void launch() {
        // 200 connections, not 100: three services' pools (20 each) plus a 64-client pgbench baseline or an operator.
        List<String> options = new ArrayList<>(List.of("-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"));
        // A Unix socket in the data directory lets an operator run `psql -h <data dir>`. Deep build directories
        // exceed the socket path limit, and PostgreSQL refuses to start then, so such servers use TCP only.
        String socket = dataDirectory.resolve(".s.PGSQL." + port).toString();
        if (socket.getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            options.addAll(List.of("-k", shellQuoted(dataDirectory.toString())));
        } else {
            options.addAll(List.of("-c", "unix_socket_directories=''"));
        }
        if (!durable) {
            // Test data need not survive a power cut; skipping flushes makes schema migrations much faster.
            options.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        ExternalCommand.Result result = ExternalCommand.run(pgCtl("-D", dataDirectory.toString(), "-w",
                "-l", logFile.toString(), "-o", String.join(" ", options), "start"), PROGRAM_TIMEOUT);
        if (!result.succeeded()) {
            throw new IllegalStateException("PostgreSQL did not start on 127.0.0.1:" + port + " from " + dataDirectory
                    + ":\n" + result.output().strip() + "\n" + LogTail.of(logFile, 30));
        }
    }

    /** A server from an earlier JVM that was killed before it could stop it would hold the data directory. */
    private void stopLeftoverServer() {
        if (isRunning()) {
            long leftover = pid().orElse(-1);
            LOG.log(Level.WARNING, () -> "A PostgreSQL server from an earlier run is still running on " + dataDirectory
                    + " (pid " + leftover + "); stopping it before starting this one");
            ExternalCommand.runOrThrow(pgCtl("-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"),
                    PROGRAM_TIMEOUT);
        }
    }

    private List<String> pgCtl(String... arguments) {
        return account.command(binaries.pgCtl().toString(), arguments);
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(10);
        return dataSource.getConnection();
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireIdentifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most"
                    + " 63 characters), not " + value);
        }
    }

    /** pg_ctl hands {@code -o} to a shell, so a path with spaces or quotes must be quoted for it. */
    private static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    /** Settings of a {@link PostgresServer}; binaries, data directory, port and superuser password are required. */
    public static final class Builder {
        private PostgresBinaries binaries;
        private Path dataDirectory;
        private Path logFile;
        private int port;
        private String superuserPassword;
        private boolean durable = true;
        private boolean stopOnJvmExit;

        private Builder() {
        }

        public Builder binaries(PostgresBinaries binaries) {
            this.binaries = binaries;
            return this;
        }

        /** Where the cluster lives; created by {@code initdb} on the first start, reused afterwards. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** The server log; default {@code postgres.log} inside the data directory. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Set by {@code initdb} when the cluster is created; an existing cluster keeps the password it has. */
        public Builder superuserPassword(String superuserPassword) {
            this.superuserPassword = superuserPassword;
            return this;
        }

        /**
         * {@code true} (default) for data that must survive a crash, as in the local stack; {@code false} for tests,
         * turning off {@code fsync}, {@code synchronous_commit} and {@code full_page_writes}.
         */
        public Builder durable(boolean durable) {
            this.durable = durable;
            return this;
        }

        /** Stop the server when the JVM exits normally or on SIGTERM (nothing can run on SIGKILL). Default off. */
        public Builder stopOnJvmExit(boolean stopOnJvmExit) {
            this.stopOnJvmExit = stopOnJvmExit;
            return this;
        }

        public PostgresServer build() {
            return new PostgresServer(this);
        }
    }
}
