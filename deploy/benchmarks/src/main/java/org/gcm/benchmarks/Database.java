package org.gcm.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** JDBC connections to the stack's PostgreSQL: a service's own database with its own role, or the superuser. */
final class Database {

    private final int port;

    Database(int port) {
        this.port = port;
    }

    /** The role, password and database of each service share one name (see deploy/local-stack). */
    Connection of(String database) throws SQLException {
        return DriverManager.getConnection(url(database), database, database);
    }

    Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "postgres");
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
