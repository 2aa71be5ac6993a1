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
            System.err.println("deploy/stack " + command + " failed: " + Supervisor.describe(e));
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
