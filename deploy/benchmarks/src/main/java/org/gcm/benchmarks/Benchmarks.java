package org.gcm.benchmarks;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.gcm.infrastructure.lifecycle.ShutdownHook;

/**
 * {@code deploy/bench}: one run that starts a stack of its own, loads the generated data, measures every figure of
 * issue 9 beside its baseline in the same run, and writes the report (Markdown and JSON). Load stays on loopback
 * and is bounded in time: each measured run lasts {@code --seconds} (default 20), after {@code --warm-up} seconds
 * (default 30) of the same load.
 */
public final class Benchmarks {

    private static final int PARTNERS = 10_000;
    private static final int FUNDED_REQUESTS = 40;
    private static final List<String> PHASES = List.of("start-up", "gateway", "intake", "search", "ranking", "propagation");
    private static final String SEARCH = "/practices?q=" + URLEncoder.encode("migrant workers", StandardCharsets.UTF_8)
            + "&objective=6&region=142";

    private final Path repo;
    private final Path work;
    private final Duration measured;
    private final Duration warmUp;
    private final int practices;
    private final List<String> only;
    private final Report report = new Report();
    private final Map<String, Component> services = new LinkedHashMap<>();
    private Report.Section profiles;
    private Report.Section cpuShares;
    private CpuUse cpu;
    private final long startedAt = System.nanoTime();

    private Benchmarks(Path repo, Path work, Duration measured, Duration warmUp, int practices, List<String> only) {
        this.repo = repo;
        this.work = work;
        this.measured = measured;
        this.warmUp = warmUp;
        this.practices = practices;
        this.only = only;
    }

    public static void main(String[] arguments) throws Exception {
        Path repo = Path.of(System.getProperty("gcm.bench.repo", ".")).toAbsolutePath().normalize();
        Duration seconds = Duration.ofSeconds(20);
        // Load before each measured run, at its concurrency: on two shared cores the JIT was still compiling the
        // intake path (C2 then) 20 s into a run that had warmed up for 5 s.
        Duration warmUp = Duration.ofSeconds(30);
        int practices = 100_000;
        Path out = null;
        List<String> only = PHASES;
        for (int i = 0; i < arguments.length; i++) {
            switch (arguments[i]) {
                case "--seconds" -> seconds = Duration.ofSeconds(Long.parseLong(arguments[++i]));
                case "--warm-up" -> warmUp = Duration.ofSeconds(Long.parseLong(arguments[++i]));
                case "--practices" -> practices = Integer.parseInt(arguments[++i]);
                case "--out" -> out = Path.of(arguments[++i]).toAbsolutePath();
                case "--only" -> only = phases(arguments[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + arguments[i]
                        + "; usage: deploy/bench [--seconds N] [--warm-up N] [--practices N] [--only PHASE,...] [--out DIRECTORY]");
            }
        }
        Path work = Files.createDirectories(repo.resolve("deploy/benchmarks/target/run"));
        if (out == null) {
            // A partial run must not replace the committed report of a whole one.
            out = only.equals(PHASES) ? repo.resolve("deploy/benchmarks/report") : work.resolve("report");
        }
        new Benchmarks(repo, work, seconds, warmUp, practices, only).run(out);
    }

    private static List<String> phases(String names) {
        List<String> chosen = List.of(names.split(","));
        for (String name : chosen) {
            if (!PHASES.contains(name)) {
                throw new IllegalArgumentException("Unknown phase " + name + "; the phases are " + String.join(",", PHASES));
            }
        }
        return chosen;
    }

    private void run(Path out) throws Exception {
        describeTheRun();
        Wrk wrk = Wrk.in(work);
        List<Component> services = new ArrayList<>();
        StackUnderTest stack = new StackUnderTest(repo, work);
        // Ctrl-C or SIGTERM must not leave the stack, or a service the harness restarted, running.
        ShutdownHook hook = ShutdownHook.register("the benchmark's stack", () -> stopAll(services, stack));
        try {
            progress("starting a stack of its own (fresh data, free ports)");
            stack.start();
            cpu = CpuUse.of(stack);
            Database database = new Database(stack.port("pg"));
            for (String name : List.of("connection-hub", "start-up-fund", "knowledge-platform", "gateway")) {
                services.add(Component.find(stack, name));
            }
            services.forEach(service -> this.services.put(service.name, service));
            generateData(stack, database);
            Map<String, Double> idle = only.contains("start-up") ? startUp(stack, services) : Map.of();
            try (MemorySampler memory = new MemorySampler(services).start()) {
                Api api = new Api(stack.port("gateway"));
                HubRequests hub = new HubRequests(api, new Tokens(stack.port("keycloak"))).signIn();
                phase("gateway", () -> gateway(wrk, stack));
                phase("intake", () -> intake(wrk, api, hub, database, stack));
                phase("search", () -> search(wrk, api, database, stack));
                phase("ranking", () -> ranking(wrk, api, hub.signIn()));
                phase("propagation", () -> propagation(wrk, api, hub.signIn(), database));
                memory(idle, memory.peaks());
            }
        } finally {
            stopAll(services, stack);
            hook.cancel();
        }
        report.run.put("duration of the run", String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - startedAt) / 6e10));
        report.write(out.resolve("benchmark-report.md"), out.resolve("benchmark-report.json"));
        progress("report written: " + out.resolve("benchmark-report.md") + " (and .json)");
    }

    /** Runs a measurement while JFR records {@code service}; the hot methods go to the report's profile table. */
    private Latency profiled(String phase, String what, String service, java.util.concurrent.Callable<Latency> measurement) throws Exception {
        if (profiles == null) {
            profiles = report.section("7. Where the time goes (JFR)",
                    "Java Flight Recorder (settings=profile) on the named service during the measured run of each "
                            + "phase: the share of CPU samples by the method on top of the stack (self), and by the first "
                            + "method of this project's code on the stack (own code, callees included).",
                    "phase", "service", "CPU samples", "top methods (self)", "top own code (with callees)");
        }
        Component component = services.get(service);
        Profile profile = Profile.start(component, work, phase);
        try {
            return accounted(phase + ": " + what + " (" + service + " profiled)", measurement);
        } finally {
            Profile.Hotspots hot = profile.stop(6);
            profiles.rows().add(List.of(phase, service, hot.samples(), String.join("<br>", hot.self()),
                    String.join("<br>", hot.ownCode())));
        }
    }

    /** Runs a measurement and records how the machine's cores were shared during it (section 8). */
    private Latency accounted(String what, java.util.concurrent.Callable<Latency> measurement) throws Exception {
        if (cpuShares == null) {
            List<String> columns = new ArrayList<>(List.of("measurement", "operations/s"));
            CpuUse.PARTS.forEach(part -> columns.add(part + " (cores)"));
            columns.addAll(List.of("all (cores)", "CPU per operation (ms)"));
            cpuShares = report.section("8. Where the cores go",
                    "CPU time of each part of the stack during each measured run, from /proc (user and system time of "
                            + "the processes and of their ended children), in cores: CPU seconds per second, out of "
                            + Runtime.getRuntime().availableProcessors() + ". \"load tools\" are wrk, pgbench and nginx; "
                            + "\"harness\" is this program and the stack's supervisor. A total near the core count means "
                            + "the machine, not the part being measured, set the rate; the last column is the CPU that one "
                            + "operation cost the whole machine.",
                    columns.toArray(String[]::new));
        }
        CpuUse.Reading before = cpu.read();
        Latency result = measurement.call();
        CpuUse.Shares shares = cpu.since(before);
        List<Object> row = new ArrayList<>(List.of(what, result.ratePerSecond()));
        CpuUse.PARTS.forEach(part -> row.add(shares.cores().get(part)));
        row.add(shares.total());
        row.add(result.operations() == 0 ? Double.NaN : shares.total() * shares.seconds() * 1000 / result.operations());
        cpuShares.rows().add(row);
        return result;
    }

    interface Phase {
        void run() throws Exception;
    }

    /** A phase that fails is reported as such, and the others still run: one broken figure must not cost the rest. */
    private void phase(String name, Phase phase) {
        if (!only.contains(name)) {
            return;
        }
        try {
            phase.run();
        } catch (Exception e) {
            progress("phase " + name + " FAILED: " + e);
            report.goal(name, "the phase runs", "failed", false, e.getMessage() == null ? e.toString()
                    : e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void stopAll(List<Component> services, StackUnderTest stack) {
        try {
            for (Component service : services) {
                service.stopRestarted();
            }
            stack.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- the phases ---

    /**
     * The generated partners and practices, written over JDBC into the services' databases (see {@link
     * SyntheticPartners} and {@link SyntheticPractices}). Only once the stack is up: the tables exist from the
     * services' first start, which runs their migrations and loads the demo data (into empty tables only, so it must
     * come first).
     * <p>
     * The hub ranks from an in-memory snapshot of its registry (PartnerDirectory, CandidateIndex). It reads the whole
     * registry at the first ranking; after that, only what it changed itself (a CDI event after its own commit) before
     * the next ranking, and the whole registry again in the background when a ranking finds the snapshot older than
     * {@code hub.matching.snapshot-ttl} (30 s), serving the old one meanwhile. Rows written behind its back would be
     * in the snapshot only if no ranking had run before them, or else a TTL and a ranking later: by chance, either
     * way. So the hub is restarted once the partners are written (as the start-up phase restarts it) and waited for
     * until ready: the new process can only read the registry with them in it, however it loads its snapshot.
     * <p>
     * The knowledge platform keeps nothing of the catalogue in memory: each search is one SQL statement over the
     * practice table, which counts the exact total and the facets there. Committed practices are searchable at once;
     * the search phase checks that its total is the database's count.
     */
    private void generateData(StackUnderTest stack, Database database) throws Exception {
        long started = System.nanoTime();
        progress("writing " + PARTNERS + " generated partners into connection-hub's database");
        SyntheticPartners.insert(database, PARTNERS, this::progress);
        double seconds = services.get("connection-hub")
                .restartAndTimeReady("http://127.0.0.1:" + stack.port("hub") + "/q/health/ready");
        progress(String.format(Locale.ROOT, "connection-hub restarted so that its ranking snapshot holds them; ready in %.1f s",
                seconds));
        progress("writing " + practices + " generated practices into knowledge-platform's database");
        SyntheticPractices.insert(database, practices, this::progress);
        progress(String.format(Locale.ROOT, "generated data ready after %.0f s", (System.nanoTime() - started) / 1e9));
    }

    /** Time to ready of each service restarted alone, and its resident memory when idle just after. */
    private Map<String, Double> startUp(StackUnderTest stack, List<Component> services) throws Exception {
        Map<String, Double> supervisorTimes = stack.readyTimes();
        Report.Section section = report.section("6. Start-up and memory",
                "Each service stopped (SIGTERM) and started again alone with the command line the supervisor gave it; "
                        + "time from the start of the JVM to the first 200 of `/q/health/ready` (the gateway's readiness "
                        + "includes its three services). The supervisor's times are for the first start from empty data, "
                        + "all services starting at once (schema migrations, demo data). Idle memory: VmRSS 3 s after "
                        + "the restart.",
                "component", "first start, all at once (s)", "restart alone (s)", "idle RSS (MiB)");
        Map<String, Double> idle = new LinkedHashMap<>();
        for (Component service : services) {
            int port = switch (service.name) {
                case "connection-hub" -> stack.port("hub");
                case "start-up-fund" -> stack.port("fund");
                case "knowledge-platform" -> stack.port("knowledge");
                default -> stack.port("gateway");
            };
            double seconds = service.restartAndTimeReady("http://127.0.0.1:" + port + "/q/health/ready");
            Thread.sleep(3000);
            double rss = service.residentMib().orElse(Double.NaN);
            idle.put(service.name, rss);
            section.rows().add(List.of(service.name, supervisorTimes.getOrDefault(service.name, Double.NaN), seconds, rss));
            progress(String.format(Locale.ROOT, "%s restarted and ready in %.2f s, idle RSS %.0f MiB", service.name, seconds, rss));
            report.goal(service.name + " time to ready", "<= 2 s", String.format(Locale.ROOT, "%.2f s", seconds),
                    seconds <= 2.0, String.format(Locale.ROOT, "%.1f s over", seconds - 2.0));
        }
        double whole = supervisorTimes.getOrDefault("whole stack", Double.NaN);
        section.rows().add(List.of("whole stack (PostgreSQL, Kafka, Keycloak, 4 services)", whole, "", ""));
        supervisorTimes.forEach((component, seconds) -> {
            if (List.of("PostgreSQL", "Kafka", "Keycloak").contains(component)) {
                section.rows().add(List.of(component, seconds, "", ""));
            }
        });
        report.goal("whole stack time to ready", "<= 60 s", Report.number(whole) + " s", whole <= 60,
                Report.number(whole - 60) + " s over");
        return idle;
    }

    private void gateway(Wrk wrk, StackUnderTest stack) throws Exception {
        String path = "/objectives/6";
        try (Nginx nginx = Nginx.proxy("/api/knowledge", stack.port("knowledge"), work)) {
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("direct to knowledge-platform", "http://127.0.0.1:" + stack.port("knowledge") + path);
            targets.put("through the gateway", "http://127.0.0.1:" + stack.port("gateway") + "/api/knowledge" + path);
            targets.put("through nginx", "http://127.0.0.1:" + nginx.port + "/api/knowledge" + path);
            Map<String, Latency> results = new LinkedHashMap<>();
            for (Map.Entry<String, String> target : targets.entrySet()) {
                wrk.run(Wrk.Call.get(target.getValue(), null), 8, warmUp);
                Wrk.Call call = Wrk.Call.get(target.getValue(), null);
                results.put(target.getKey(), target.getKey().equals("through the gateway")
                        ? profiled("gateway", target.getKey(), "gateway", () -> wrk.run(call, 8, measured))
                        : accounted("gateway: " + target.getKey(), () -> wrk.run(call, 8, measured)));
                progress("GET " + path + " " + target.getKey() + ": " + results.get(target.getKey()).summary());
            }
            Latency direct = results.get("direct to knowledge-platform");
            Report.Section section = report.section("2. Gateway against nginx",
                    "The same anonymous `GET " + path + "` (one GCM objective, JSON) with wrk, 8 connections, "
                            + measured.toSeconds() + " s each after a " + warmUp.toSeconds() + " s warm-up: straight to the "
                            + "service, through the gateway, and through nginx configured as a plain reverse proxy "
                            + "(keep-alive pool to the service, access log on, like the gateway).",
                    "path", "requests/s", "p50 (ms)", "p99 (ms)", "added p50 (ms)", "added p99 (ms)", "errors");
            results.forEach((name, l) -> section.rows().add(List.of(name, l.ratePerSecond(), l.p50(), l.p99(),
                    l.p50() - direct.p50(), l.p99() - direct.p99(), l.errors())));
            Latency gateway = results.get("through the gateway");
            Latency proxy = results.get("through nginx");
            report.goal("gateway throughput", ">= nginx", String.format(Locale.ROOT, "%.2f x nginx",
                    gateway.ratePerSecond() / proxy.ratePerSecond()), gateway.ratePerSecond() >= proxy.ratePerSecond(),
                    String.format(Locale.ROOT, "%.0f%% below nginx", 100 * (1 - gateway.ratePerSecond() / proxy.ratePerSecond())));
            double added = gateway.p50() - direct.p50();
            report.goal("gateway added p50", "<= 1 ms", String.format(Locale.ROOT, "%.2f ms", added), added <= 1.0,
                    String.format(Locale.ROOT, "%.2f ms over", added - 1.0));
        }
    }

    private void intake(Wrk wrk, Api api, HubRequests hub, Database database, StackUnderTest stack) throws Exception {
        String body = api.toJson(HubRequests.newRequest("Labour migration information centres"));
        Wrk.Call create = Wrk.Call.post(api.url("/api/hub/requests"), hub.memberStateToken(), body);
        wrk.run(create, 64, warmUp);
        Latency service = profiled("intake", "POST through the gateway", "connection-hub", () -> wrk.run(create, 64, measured));
        progress("POST /api/hub/requests, 64 connections: " + service.summary());
        PgBench pgbench = new PgBench(pgbench(), stack.port("pg"), work);
        String script = IntakeFloor.prepare(database);
        Latency floor = accounted("intake: pgbench floor", () -> pgbench.run("connection_hub", script, 64, measured, "intake"));
        progress("pgbench, the same two rows, 64 clients: " + floor.summary());
        IntakeFloor.dropTables(database);
        Report.Section section = report.section("1. Intake",
                "Authenticated `POST /api/hub/requests` (a Member State's token from Keycloak) through the gateway with "
                        + "wrk, 64 connections, " + measured.toSeconds() + " s; beside it pgbench with 64 clients writing "
                        + "the same rows (the request and its first audit row, in one transaction, copied from a request "
                        + "the service made) into look-alike tables with the same indexes. Creating a request emits no "
                        + "event (the first event of a request is FundingRequested), so no outbox row is written here; "
                        + "section 5 covers the outbox.",
                "path", "writes/s", "p50 (ms)", "p99 (ms)", "errors");
        section.rows().add(List.of("service through the gateway", service.ratePerSecond(), service.p50(), service.p99(), service.errors()));
        section.rows().add(List.of("pgbench floor", floor.ratePerSecond(), floor.p50(), floor.p99(), floor.errors()));
        double ratio = service.ratePerSecond() / floor.ratePerSecond();
        section.notes().add(String.format(Locale.ROOT, "Ratio service / floor: **%.2f**.", ratio));
        report.goal("intake rate / pgbench", ">= 0.5", String.format(Locale.ROOT, "%.2f", ratio), ratio >= 0.5,
                String.format(Locale.ROOT, "%.2f short", 0.5 - ratio));
        report.goal("intake p99 at 64 connections", "<= 50 ms", String.format(Locale.ROOT, "%.1f ms", service.p99()),
                service.p99() <= 50, String.format(Locale.ROOT, "%.1f ms over", service.p99() - 50));
    }

    private void search(Wrk wrk, Api api, Database database, StackUnderTest stack) throws Exception {
        requireTheWholeCatalogue(api, database);
        Wrk.Call query = Wrk.Call.get(api.url("/api/knowledge" + SEARCH), null);
        wrk.run(query, 2, warmUp);
        Latency service = profiled("search", "GET through the gateway", "knowledge-platform", () -> wrk.run(query, 2, measured));
        progress("search through the gateway: " + service.summary());
        String sql = CapturedStatement.during(database, stack.data.resolve("logs/postgres.log"), "with q as materialized",
                () -> api.get("/api/knowledge" + SEARCH, null));
        Files.writeString(work.resolve("search-statement.sql"), sql);
        PgBench pgbench = new PgBench(pgbench(), stack.port("pg"), work);
        Latency floor = accounted("search: pgbench floor", () -> pgbench.run("knowledge_platform", sql + ";\n", 2, measured, "search"));
        progress("the same statement in pgbench: " + floor.summary());
        Report.Section section = report.section("3. Search at " + String.format(Locale.ROOT, "%,d", practices) + " practices",
                "Anonymous `GET /api/knowledge" + SEARCH + "` (words plus two filters; exact total, seven facets and the "
                        + "first page) with wrk, 2 connections, " + measured.toSeconds() + " s. The floor is the very "
                        + "statement the service sent for it, read from PostgreSQL's log, run by pgbench with 2 clients.",
                "path", "queries/s", "p50 (ms)", "p95 (ms)", "p99 (ms)", "errors");
        section.rows().add(List.of("service through the gateway", service.ratePerSecond(), service.p50(), service.p95(),
                service.p99(), service.errors()));
        section.rows().add(List.of("the same SQL in pgbench", floor.ratePerSecond(), floor.p50(), floor.p95(), floor.p99(),
                floor.errors()));
        section.notes().add("1,000,000 practices were not measured in this run: generating them takes longer than the "
                + "20-minute budget of the run on two cores allows. Run `deploy/bench --practices 1000000` to measure it.");
        report.goal("search p95 at " + String.format(Locale.ROOT, "%,d", practices), "<= 30 ms",
                String.format(Locale.ROOT, "%.1f ms (SQL alone %.1f ms)", service.p95(), floor.p95()), service.p95() <= 30,
                String.format(Locale.ROOT, "%.1f ms over; the SQL alone takes %.1f ms", service.p95() - 30, floor.p95()));
    }

    /** The search's exact total, with no words and no filter, must be the database's count of published practices. */
    private void requireTheWholeCatalogue(Api api, Database database) throws Exception {
        long published;
        try (Connection connection = database.of("knowledge_platform"); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from practice where status = 'PUBLISHED'")) {
            count.next();
            published = count.getLong(1);
        }
        long total = api.get("/api/knowledge/practices?limit=1", null).path("total").asLong(-1);
        if (total != published || published < practices) {
            throw new IllegalStateException("The search does not see the generated catalogue: its total is " + total
                    + ", the database holds " + published + " published practices (" + practices + " generated)");
        }
        progress("the search sees all " + published + " published practices (" + practices + " generated)");
    }

    private void ranking(Wrk wrk, Api api, HubRequests hub) throws Exception {
        String id = hub.accepted("Skills partnership for care workers");
        Wrk.Call rank = Wrk.Call.get(api.url("/api/hub/requests/" + id + "/partner-matches"), hub.secretariatToken());
        Wrk.Call read = Wrk.Call.get(api.url("/api/hub/requests/" + id), hub.secretariatToken());
        int candidates = api.get("/api/hub/partners?limit=1", hub.secretariatToken()).path("total").asInt();
        wrk.run(rank, 2, warmUp);
        Latency ranking = profiled("ranking", "GET through the gateway", "connection-hub", () -> wrk.run(rank, 2, measured));
        progress("partner ranking over " + candidates + " partners: " + ranking.summary());
        Latency plain = accounted("ranking: plain read", () -> wrk.run(read, 2, measured));
        progress("plain read of the same request: " + plain.summary());
        Report.Section section = report.section("4. Partner ranking",
                "`GET /api/hub/requests/{id}/partner-matches` by the secretariat through the gateway, over a registry of "
                        + candidates + " partners (" + PARTNERS + " generated), wrk with 2 connections, "
                        + measured.toSeconds() + " s. Beside it, the plain read of the same request: what the ranking "
                        + "itself adds.",
                "path", "requests/s", "p50 (ms)", "p95 (ms)", "p99 (ms)", "errors");
        section.rows().add(List.of("ranking", ranking.ratePerSecond(), ranking.p50(), ranking.p95(), ranking.p99(), ranking.errors()));
        section.rows().add(List.of("plain read of the request", plain.ratePerSecond(), plain.p50(), plain.p95(), plain.p99(),
                plain.errors()));
        report.goal("partner ranking p95 over " + candidates, "<= 20 ms", String.format(Locale.ROOT, "%.1f ms", ranking.p95()),
                ranking.p95() <= 20, String.format(Locale.ROOT, "%.1f ms over", ranking.p95() - 20));
    }

    private void propagation(Wrk wrk, Api api, HubRequests hub, Database database) throws Exception {
        // The demo capacities of IOM and UNDP would stop the preparation long before the 40th request.
        try (Connection connection = database.of("connection_hub"); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update partner set capacity = capacity + 1000 where id in ('PRT-IOM', 'PRT-UNDP')");
        }
        List<String> ready = new ArrayList<>();
        for (int i = 1; i <= FUNDED_REQUESTS; i++) {
            ready.add(hub.implementationAgreed("Consular outreach, phase " + i));
        }
        progress(FUNDED_REQUESTS + " requests agreed for implementation, ready for funding");
        Duration pace = Duration.ofMillis(250);
        Duration loadTime = measured.plus(pace.multipliedBy(FUNDED_REQUESTS));
        String body = api.toJson(HubRequests.newRequest("Intake under way while funding is requested"));
        CompletableFuture<Latency> load = wrk.start(Wrk.Call.post(api.url("/api/hub/requests"), hub.memberStateToken(), body),
                16, loadTime);
        Thread.sleep(2000);
        Latency propagation = profiled("propagation", FUNDED_REQUESTS + " propagations under intake load", "start-up-fund",
                () -> Propagation.measure(hub, ready, database, pace));
        cpuShares.notes().add("The propagation row shares its time with the intake load beside it: its CPU per "
                + "operation is not comparable with the others.");
        Latency intake = load.join();
        progress("hub commit -> fund application visible: " + propagation.summary() + "; intake meanwhile: " + intake.summary());
        Report.Section section = report.section("5. Event propagation under load",
                FUNDED_REQUESTS + " requests get `request-funding`, one every " + pace.toMillis() + " ms, while wrk "
                        + "posts new requests through the gateway with 16 connections. The clock starts when "
                        + "`request-funding` answers (the hub committed the request and its FundingRequested outbox "
                        + "row) and stops when a reader of the fund's database, polling every 5 ms, first sees the "
                        + "application the fund opened: outbox relay, Kafka, the fund's consumer and its inbox.",
                "what", "count", "p50 (ms)", "p99 (ms)", "max (ms)", "not seen within 60 s");
        section.rows().add(List.of("FundingRequested -> application visible", propagation.operations(), propagation.p50(),
                propagation.p99(), propagation.max(), propagation.errors()));
        section.rows().add(List.of("the intake load meanwhile (requests made, latency)", intake.operations(), intake.p50(),
                intake.p99(), intake.max(), intake.errors()));
        section.notes().add("With " + FUNDED_REQUESTS + " samples, the nearest-rank p99 is the largest sample.");
        report.goal("event propagation p99 under load", "<= 500 ms", String.format(Locale.ROOT, "%.0f ms", propagation.p99()),
                propagation.p99() <= 500 && propagation.errors() == 0,
                String.format(Locale.ROOT, "%.0f ms over", propagation.p99() - 500));
    }

    private void memory(Map<String, Double> idle, Map<String, Double> peaks) {
        Report.Section section = report.section("6b. Memory under load",
                "VmRSS of each service sampled every 200 ms during sections 1 to 5 (JVM options as the stack "
                        + "gives them: `" + org.gcm.localstack.LocalStack.DEFAULT_SERVICE_JAVA_OPTS + "`).",
                "service", "idle (MiB)", "peak under load (MiB)");
        peaks.forEach((service, peak) -> {
            section.rows().add(List.of(service, idle.getOrDefault(service, Double.NaN), peak));
            report.goal(service + " RSS under load", "<= 250 MB", String.format(Locale.ROOT, "%.0f MiB", peak),
                    peak * 1.048576 <= 250, String.format(Locale.ROOT, "%.0f MB over", peak * 1.048576 - 250));
        });
    }

    // --- the run's context ---

    private void describeTheRun() throws IOException, InterruptedException {
        report.run.put("when", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        report.run.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + firstLine("/proc/meminfo",
                "MemTotal") + ", " + firstLine("/proc/cpuinfo", "model name").replaceFirst("^model name\\s*:\\s*", ""));
        report.run.put("load average at the start", Files.readString(Path.of("/proc/loadavg")).trim()
                + " (the machine is shared: read the ratios, measured side by side, before the absolute figures)");
        report.run.put("versions", "Java " + System.getProperty("java.version") + "; " + output(pgbench().toString(), "--version")
                + "; " + output("wrk", "-v").lines().findFirst().orElse("wrk ?") + "; " + output("nginx", "-v")
                + "; Quarkus " + quarkusVersion());
        report.run.put("load", "loopback only; wrk " + measured.toSeconds() + " s per measured run after a "
                + warmUp.toSeconds() + " s warm-up");
    }

    private Path pgbench() {
        return org.gcm.infrastructure.postgres.PostgresBinaries.installed()
                .map(binaries -> binaries.binDirectory().resolve("pgbench"))
                .filter(Files::isExecutable)
                .orElseThrow(() -> new IllegalStateException("pgbench not found: install PostgreSQL (Debian: postgresql)"));
    }

    private String quarkusVersion() throws IOException {
        String pom = Files.readString(repo.resolve("pom.xml"));
        var matcher = java.util.regex.Pattern.compile("<quarkus.platform.version>([^<]+)<").matcher(pom);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static String firstLine(String file, String prefix) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(prefix + " ?")
                .replaceFirst("^MemTotal:\\s*", "");
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes()).trim();
        process.waitFor();
        return text;
    }

    private void progress(String message) {
        System.out.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - startedAt) / 1e9, message);
    }
}
