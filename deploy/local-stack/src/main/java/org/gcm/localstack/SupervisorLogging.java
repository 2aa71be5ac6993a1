package org.gcm.localstack;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The infrastructure library logs through {@code System.Logger}, which ends in java.util.logging here. Its lines
 * go to {@code logs/local-stack.log}; only warnings and errors also reach the terminal, where the progress lines
 * are.
 */
final class SupervisorLogging {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private SupervisorLogging() {
    }

    /** Terminal only, warnings and errors: for the short commands (status, stop, reset). */
    static void toConsole() {
        Logger root = resetRoot();
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new OneLine());
        root.addHandler(console);
    }

    /** The log file at INFO, and warnings also on the terminal: for {@code up}. */
    static void toFile(Path logFile) throws IOException {
        toConsole();
        Files.createDirectories(logFile.getParent());
        FileHandler file = new FileHandler(logFile.toString(), true);
        file.setLevel(Level.INFO);
        file.setFormatter(new OneLine());
        Logger.getLogger("").addHandler(file);
    }

    private static Logger resetRoot() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        return root;
    }

    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(LocalDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                    .append(' ').append(record.getLevel().getName())
                    .append(" [").append(shortName(record.getLoggerName())).append("] ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        private static String shortName(String logger) {
            if (logger == null) {
                return "";
            }
            int dot = logger.lastIndexOf('.');
            return dot < 0 ? logger : logger.substring(dot + 1);
        }
    }
}
