package org.gcm.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The physical limit of intake: PostgreSQL inserting what {@code POST /requests} writes, without the service. The
 * hub's creation writes the request row and its first audit row in one transaction (it emits no event: no
 * consumer needs one before submission). The floor writes the same two rows, copied from a request the service
 * made, into look-alike tables with the same columns, indexes and foreign key, in one statement per transaction.
 */
final class IntakeFloor {

    static final String SCHEMA = "bench_intake";

    private IntakeFloor() {
    }

    /** Creates the look-alike tables and answers the pgbench script. */
    static String prepare(Database database) throws SQLException {
        try (Connection admin = database.superuser("connection_hub"); Statement statement = admin.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA + " authorization connection_hub");
        }
        String row;
        try (Connection hub = database.of("connection_hub"); Statement statement = hub.createStatement()) {
            statement.execute("create table " + SCHEMA + ".country_request (like public.country_request including all)");
            statement.execute("create table " + SCHEMA + ".request_transition (like public.request_transition including all)");
            statement.execute("alter table " + SCHEMA + ".request_transition add foreign key (request_id) references "
                    + SCHEMA + ".country_request (id)");
            try (ResultSet sample = statement.executeQuery(
                    "select row_to_json(r)::text from public.country_request r where status = 'DRAFT' order by created_at desc limit 1")) {
                if (!sample.next()) {
                    throw new IllegalStateException("No request to copy: run the intake through the gateway first");
                }
                // Base64, because pgbench reads ":name" in a script as a variable, and JSON is full of colons.
                row = java.util.Base64.getEncoder().encodeToString(sample.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return """
                with r as (insert into %1$s.country_request
                    select * from jsonb_populate_record(null::%1$s.country_request,
                        convert_from(decode('%2$s', 'base64'), 'UTF8')::jsonb || jsonb_build_object('id', gen_random_uuid(), 'created_at', now(), 'updated_at', now()))
                    returning id)
                insert into %1$s.request_transition (request_id, occurred_at, actor, actor_role, action, to_status)
                    select id, now(), 'ms-mexico', 'member-state', 'create', 'DRAFT' from r;
                """.formatted(SCHEMA, row);
    }

    static void dropTables(Database database) throws SQLException {
        try (Connection admin = database.superuser("connection_hub"); Statement statement = admin.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
