package org.gcm.infrastructure.diagnostics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The last lines of a server's log file, for exception messages: when a server fails to start, the reason is
 * in its own log, and a test report or an operator's terminal should show it without a second look.
 */
public final class LogTail {

    /** Logs of long-running servers grow large; the lines that matter are at the end. */
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /**
     * The last {@code lines} lines of {@code logFile}, or a note saying why there are none; never throws, since it
     * is called while reporting another failure.
     */
    public static String of(Path logFile, int lines) {
        if (!Files.isReadable(logFile)) {
            return "(no log at " + logFile + ")";
        }
        try (SeekableByteChannel channel = Files.newByteChannel(logFile)) {
            long start = Math.max(0, channel.size() - MAX_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
            channel.position(start);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    break;
                }
            }
            // Decoding replaces malformed bytes (such as a character cut in half at the start) instead of failing.
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            List<String> all = Arrays.asList(text.split("\n"));
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            return "last " + tail.size() + " lines of " + logFile + ":\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
    }
}
