package org.gcm.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes generated rows into one table of a service's database in JDBC batches: what the synthetic registry and
 * catalogue share. Either every batch is committed as it goes (a long load that may stop half-way without harm) or
 * the whole load is one transaction, all or none.
 */
final class GeneratedRows<T> {

    /** Binds one generated row to the insert's parameters, in order. */
    interface Binder<T> {
        void bind(T row, Parameters parameters) throws SQLException;
    }

    /** Sets an insert's parameters one after the other, so a binder lists values in the order of the columns. */
    static final class Parameters {

        private static final ObjectMapper JSON = new ObjectMapper();

        final Connection connection;
        private final PreparedStatement insert;
        private int next = 1;

        private Parameters(Connection connection, PreparedStatement insert) {
            this.connection = connection;
            this.insert = insert;
        }

        Parameters value(Object value) throws SQLException {
            insert.setObject(next++, value);
            return this;
        }

        /** A value of a {@code jsonb} column (the statement casts {@code ?::jsonb}). */
        Parameters json(Object value) throws SQLException {
            try {
                insert.setString(next++, JSON.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A generated value cannot be written as JSON", e);
            }
            return this;
        }

        /** A value of a PostgreSQL array column ({@code text[]}, {@code integer[]}). */
        Parameters array(String elementType, Object[] values) throws SQLException {
            insert.setArray(next++, connection.createArrayOf(elementType, values));
            return this;
        }
    }

    private final String sql;
    private final int batch;
    private final boolean commitEachBatch;

    GeneratedRows(String sql, int batch, boolean commitEachBatch) {
        this.sql = sql;
        this.batch = batch;
        this.commitEachBatch = commitEachBatch;
    }

    /**
     * Inserts {@code count} rows from {@code rows}; {@code afterRow} hears the number written so far (for progress).
     */
    void write(Connection connection, int count, Supplier<T> rows, Binder<T> binder,
            IntConsumer afterRow) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 1; i <= count; i++) {
                Parameters parameters = new Parameters(connection, insert);
                binder.bind(rows.get(), parameters);
                insert.addBatch();
                if (i % batch == 0 || i == count) {
                    insert.executeBatch();
                    if (commitEachBatch) {
                        connection.commit();
                    }
                }
                afterRow.accept(i);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }
}
