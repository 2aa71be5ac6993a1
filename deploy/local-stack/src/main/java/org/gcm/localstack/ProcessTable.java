package org.gcm.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The processes of this machine as Linux's {@code /proc} shows them: command lines, memory (VmRSS) and who
 * listens on a port. Everything here is best effort: a process can end while it is being read, and then it is
 * simply left out.
 */
final class ProcessTable {

    private static final Path PROC = Path.of("/proc");

    /** One process: its id, parent and arguments ({@code argv}, with {@code argv[0]} the program). */
    record Entry(long pid, long parentPid, List<String> arguments) {

        String program() {
            return arguments.isEmpty() ? "?" : arguments.get(0);
        }

        boolean hasArgument(String argument) {
            return arguments.contains(argument);
        }

        boolean hasArgumentStartingWith(String prefix) {
            return arguments.stream().anyMatch(argument -> argument.startsWith(prefix));
        }

        /** For messages: the program's file name and a few arguments. */
        String shortCommand() {
            String name = Path.of(program()).getFileName() == null ? program()
                    : Path.of(program()).getFileName().toString();
            String joined = String.join(" ", arguments.subList(Math.min(1, arguments.size()), arguments.size()));
            String text = name + (joined.isEmpty() ? "" : " " + joined);
            return text.length() > 100 ? text.substring(0, 97) + "..." : text;
        }
    }

    private ProcessTable() {
    }

    /** Every process whose command line can be read (all of them as root, one's own otherwise). */
    static List<Entry> snapshot() {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> directories = Files.newDirectoryStream(PROC, path -> isNumber(path))) {
            for (Path directory : directories) {
                entry(Long.parseLong(directory.getFileName().toString())).ifPresent(entries::add);
            }
        } catch (IOException e) {
            // No /proc (not Linux): nothing to list.
        }
        return entries;
    }

    static Optional<Entry> entry(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            if (raw.length == 0) {
                return Optional.empty(); // kernel thread or zombie
            }
            String text = new String(raw, StandardCharsets.UTF_8);
            if (text.endsWith("\0")) {
                text = text.substring(0, text.length() - 1);
            }
            List<String> arguments = Arrays.asList(text.split("\0", -1));
            return Optional.of(new Entry(pid, parentPid(pid).orElse(0), List.copyOf(arguments)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** VmRSS in KiB: the resident memory of one process, as {@code ps} and {@code top} show it. */
    static OptionalLong rssKiB(long pid) {
        return statusField(pid, "VmRSS:");
    }

    /** The summed VmRSS of a process and all its descendants (shared pages count once per process). */
    static OptionalLong treeRssKiB(long pid) {
        OptionalLong own = rssKiB(pid);
        if (own.isEmpty()) {
            return own;
        }
        long total = own.getAsLong();
        for (long child : descendants(pid)) {
            total += rssKiB(child).orElse(0);
        }
        return OptionalLong.of(total);
    }

    /**
     * The summed Pss (proportional set size: each shared page divided among the processes sharing it) of a process
     * and its descendants, from {@code /proc/<pid>/smaps_rollup}. The fair total for a family of processes sharing
     * memory, such as PostgreSQL's postmaster and backends; falls back to the RSS sum where Pss is unreadable.
     */
    static OptionalLong treePssKiB(long pid) {
        List<Long> family = new ArrayList<>();
        family.add(pid);
        family.addAll(descendants(pid));
        long total = 0;
        for (long member : family) {
            OptionalLong pss = rollupField(member, "Pss:");
            OptionalLong value = pss.isPresent() ? pss : rssKiB(member);
            if (member == pid && value.isEmpty()) {
                return OptionalLong.empty();
            }
            total += value.orElse(0);
        }
        return OptionalLong.of(total);
    }

    static List<Long> descendants(long pid) {
        return ProcessHandle.of(pid).map(handle -> handle.descendants().map(ProcessHandle::pid).toList())
                .orElse(List.of());
    }

    static String mebibytes(long kib) {
        return String.format(Locale.ROOT, "%d MiB", Math.round(kib / 1024.0));
    }

    /**
     * The processes listening on TCP {@code port} (IPv4 or IPv6, any address), found through the socket inodes in
     * {@code /proc/net/tcp*} and the file descriptors in {@code /proc/<pid>/fd}. Processes of other users are only
     * visible to root.
     */
    static List<Entry> listenersOn(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            try (Stream<String> lines = Files.lines(PROC.resolve("net").resolve(table))) {
                lines.skip(1).map(String::trim).map(line -> line.split("\\s+")).forEach(fields -> {
                    // fields: sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
                    if (fields.length > 9 && "0A".equals(fields[3])) {
                        String local = fields[1];
                        int colon = local.lastIndexOf(':');
                        if (colon > 0 && Integer.parseInt(local.substring(colon + 1), 16) == port) {
                            inodes.add("socket:[" + fields[9] + "]");
                        }
                    }
                });
            } catch (IOException | RuntimeException e) {
                // Table missing or unreadable: nothing found there.
            }
        }
        if (inodes.isEmpty()) {
            return List.of();
        }
        List<Entry> owners = new ArrayList<>();
        try (DirectoryStream<Path> directories = Files.newDirectoryStream(PROC, path -> isNumber(path))) {
            for (Path directory : directories) {
                if (holdsAny(directory.resolve("fd"), inodes)) {
                    entry(Long.parseLong(directory.getFileName().toString())).ifPresent(owners::add);
                }
            }
        } catch (IOException e) {
            // Not Linux: unknown.
        }
        return owners;
    }

    private static boolean holdsAny(Path fdDirectory, Set<String> inodes) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(fdDirectory)) {
            for (Path descriptor : descriptors) {
                try {
                    if (inodes.contains(Files.readSymbolicLink(descriptor).toString())) {
                        return true;
                    }
                } catch (IOException e) {
                    // Closed meanwhile.
                }
            }
        } catch (IOException e) {
            // Process gone, or not ours to look at.
        }
        return false;
    }

    private static OptionalLong parentPid(long pid) {
        return statusField(pid, "PPid:");
    }

    private static OptionalLong statusField(long pid, String field) {
        return field(pid, "status", field);
    }

    private static OptionalLong rollupField(long pid, String field) {
        return field(pid, "smaps_rollup", field);
    }

    private static OptionalLong field(long pid, String file, String field) {
        try (Stream<String> lines = Files.lines(PROC.resolve(Long.toString(pid)).resolve(file))) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> line.substring(field.length()).trim().split("\\s+")[0])
                    .map(value -> OptionalLong.of(Long.parseLong(value)))
                    .orElse(OptionalLong.empty());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isNumber(Path path) {
        String name = path.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
