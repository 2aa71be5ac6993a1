package org.gcm.infrastructure.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.gcm.infrastructure.lifecycle.ShutdownHook;

/**
 * Runs a {@link KafkaBroker} as a process of its own, for the local stack.
 *
 * <p>Usage: {@code KafkaBrokerMain <data dir> <port> <controller port>}. When the broker answers clients, one line
 * {@code KAFKA READY <bootstrap servers>} goes to stdout, which the launcher waits for. Other lines can precede it
 * when the classpath gives Kafka's logging a console, so a launcher looks for the line starting with
 * {@value #READY} and keeps draining (or redirects) stdout. SIGTERM (or Ctrl-C) stops the broker cleanly; a start
 * failure ends the process with exit code 1 and the reason on stderr.
 */
public final class KafkaBrokerMain {

    /** The line prefix the launcher waits for. */
    public static final String READY = "KAFKA READY ";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("Usage: " + KafkaBrokerMain.class.getName() + " <data dir> <port> <controller port>");
            System.exit(2);
        }
        KafkaBroker broker = new KafkaBroker(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        ShutdownHook.register("Kafka broker on " + broker.bootstrapServers(), () -> {
            broker.stop();
            stopped.countDown();
        });
        try {
            broker.start();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println(READY + broker.bootstrapServers());
        System.out.flush();
        // The broker's threads serve clients; this one only waits until SIGTERM has run the hook.
        stopped.await();
    }
}
