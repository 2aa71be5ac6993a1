package org.gcm.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Logs are appended across runs; a large one is moved aside to {@code <name>.log.1} before the next start. */
final class LogRotation {

    private static final long ROTATE_LOGS_ABOVE_BYTES = 20L * 1024 * 1024;

    private LogRotation() {
    }

    static void rotate(Path logs) throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(path -> path.toString().endsWith(".log")).toList()) {
                if (Files.size(log) > ROTATE_LOGS_ABOVE_BYTES) {
                    Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
