package org.gcm.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** wrk (Debian's package) driving HTTP load on loopback with the harness's Lua script, read back as {@link Latency}. */
final class Wrk {

    private static final String MARKER = "WRK_JSON ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path script;
    private final Path workDirectory;

    private Wrk(Path script, Path workDirectory) {
        this.script = script;
        this.workDirectory = workDirectory;
    }

    static Wrk in(Path workDirectory) throws IOException {
        Path script = workDirectory.resolve("request.lua");
        try (InputStream lua = Wrk.class.getResourceAsStream("/wrk/request.lua")) {
            Files.copy(lua, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Wrk(script, workDirectory);
    }

    /** One request, described by what wrk sends. */
    record Call(String method, String url, String token, String jsonBody) {

        static Call get(String url, String token) {
            return new Call("GET", url, token, null);
        }

        static Call post(String url, String token, String jsonBody) {
            return new Call("POST", url, token, jsonBody);
        }
    }

    Latency run(Call call, int connections, Duration duration) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(2, connections)),
                "-c", String.valueOf(connections), "-d", duration.toSeconds() + "s", "--timeout", "10s",
                "-s", script.toString(), call.url()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("BENCH_METHOD", call.method());
        if (call.token() != null) {
            environment.put("BENCH_TOKEN", call.token());
        }
        Path body = null;
        if (call.jsonBody() != null) {
            body = Files.createTempFile(workDirectory, "body", ".json");
            Files.writeString(body, call.jsonBody());
            environment.put("BENCH_BODY_FILE", body.toString());
        }
        try {
            Process wrk = builder.start();
            String output = new String(wrk.getInputStream().readAllBytes());
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed on " + call.url() + ":\n" + output);
            }
            return parse(output, call.url());
        } finally {
            if (body != null) {
                Files.deleteIfExists(body);
            }
        }
    }

    /** Starts a run in the background: load for another measurement to run under. */
    CompletableFuture<Latency> start(Call call, int connections, Duration duration) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(call, connections, duration);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    static Latency parse(String output, String url) throws IOException {
        String line = output.lines().filter(l -> l.startsWith(MARKER)).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no figures for " + url + ":\n" + output));
        JsonNode figures = JSON.readTree(line.substring(MARKER.length()));
        long errors = figures.get("errors_connect").asLong() + figures.get("errors_read").asLong()
                + figures.get("errors_write").asLong() + figures.get("errors_status").asLong()
                + figures.get("errors_timeout").asLong();
        return new Latency(figures.get("requests").asLong(), figures.get("duration_us").asLong() / 1e6, errors,
                figures.get("p50_us").asLong() / 1000.0, figures.get("p95_us").asLong() / 1000.0,
                figures.get("p99_us").asLong() / 1000.0, figures.get("max_us").asLong() / 1000.0);
    }
}
