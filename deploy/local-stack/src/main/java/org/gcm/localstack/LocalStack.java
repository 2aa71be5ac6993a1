package org.gcm.localstack;

/**
 * The local stack's command line, run by {@code deploy/stack}: {@code up} (default), {@code stop}, {@code status},
 * {@code reset}.
 *
 * <p>Exit codes: 0 done; 1 failed (start-up failed, or a stop did not complete); 2 refused (already running, port
 * taken, not built, bad setting); {@code status} answers 3 when the stack is not running and 1 when a component is
 * down.
 */
public final class LocalStack {

    /**
     * The services' JVM options unless {@code GCM_SERVICE_JAVA_OPTS} says otherwise (public, so that deploy/bench
     * runs its stack as {@code deploy/stack up} does). Chosen with deploy/bench on two cores shared by four JVMs,
     * PostgreSQL, Kafka and Keycloak:
     * <ul>
     * <li>a small initial heap: the JVM would otherwise start at min(Xmx, RAM/64) and touch all of it, which put every
     * service far above 250 MB resident;</li>
     * <li>the client compiler only, as Quarkus dev mode does: C2 was still compiling a minute into a load run, taking
     * up to a core of the two. Without it a service started about 2.5 s sooner, held about 25 MiB less, and took
     * 298 requests/s at intake after a 30 s warm-up, against 248/s with C2 after 60 s. The price: without C2's
     * BigInteger intrinsics, checking a token's RSA signature became a quarter of the hub's CPU samples at intake. A
     * long-running deployment with cores to spare would leave C2 on for its faster code.</li>
     * </ul>
     */
    public static final String DEFAULT_SERVICE_JAVA_OPTS = "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private LocalStack() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "up" : args[0];
        int exitCode;
        try {
            if (args.length > 1) {
                throw new Refusal("Unexpected arguments after " + command + "; " + usage());
            }
            exitCode = run(command);
        } catch (Refusal refusal) {
            System.err.println("deploy/stack " + command + ": " + refusal.getMessage());
            exitCode = Refusal.EXIT_CODE;
        } catch (Exception e) {
            System.err.println("deploy/stack " + command + " failed: " + FailureReason.describe(e));
            e.printStackTrace();
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static int run(String command) throws Exception {
        switch (command) {
            case "help", "-h", "--help" -> {
                System.out.println(usage());
                return 0;
            }
            case "up", "stop", "status", "reset" -> {
                // handled below
            }
            default -> throw new Refusal("Unknown command " + command + "; " + usage());
        }
        StackConfig config = StackConfig.load();
        Console console = Console.create();
        if (!command.equals("up")) {
            SupervisorLogging.toConsole();
        }
        return switch (command) {
            case "up" -> new Supervisor(config, console).up();
            case "stop" -> StopCommand.run(config, console);
            case "status" -> StatusCommand.run(config, console);
            default -> ResetCommand.run(config, console);
        };
    }

    private static String usage() {
        return "usage: deploy/stack [--build] [up|stop|status|reset]\n"
                + "  up      start PostgreSQL, Kafka, Keycloak, the three services and the gateway; stays in the"
                + " foreground, Ctrl-C stops everything\n"
                + "  stop    stop the running stack (from another terminal)\n"
                + "  status  whether it runs, and each component's health and memory\n"
                + "  reset   delete stack-data/ (databases, topics, Keycloak data, logs); refused while running";
    }
}
