package org.gcm.infrastructure.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.io.file.PathUtils;

/**
 * Unpacks the Keycloak distribution zip ({@code org.keycloak:keycloak-quarkus-dist}) into a Keycloak home
 * directory, once: a home that already has {@code bin/kc.sh} is used as it is, with the realm and users that its
 * {@code data/} directory gained in earlier runs.
 */
final class KeycloakDistribution {

    private static final System.Logger LOG = System.getLogger(KeycloakDistribution.class.getName());

    private KeycloakDistribution() {
    }

    static Path launcher(Path home) {
        return home.resolve("bin").resolve("kc.sh");
    }

    /**
     * Unpacks {@code zip} into {@code home} unless {@code home} already holds Keycloak. The zip's single top-level
     * directory ({@code keycloak-<version>/}) is dropped so that {@code home} itself holds {@code bin/}. Unpacking
     * goes to a temporary sibling that is renamed into place, so an interrupted run never leaves a half-unpacked
     * home behind.
     */
    static void unpackIfMissing(Path zip, Path home) throws IOException {
        if (Files.isRegularFile(launcher(home))) {
            return;
        }
        if (Files.exists(home) && !isEmptyDirectory(home)) {
            throw new IllegalStateException(home + " exists but holds no Keycloak (no bin/kc.sh); remove it or choose"
                    + " another Keycloak home");
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution " + zip + " not found; it is the zip of"
                    + " org.keycloak:keycloak-quarkus-dist, which the build copies into place");
        }
        long startedAt = System.nanoTime();
        Path parent = home.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempDirectory(parent, home.getFileName() + ".partial-");
        try {
            unzipWithoutTopDirectory(zip, partial);
            makeScriptsExecutable(partial.resolve("bin"));
            Files.deleteIfExists(home);
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(partial)) {
                PathUtils.deleteDirectory(partial);
            }
        }
        long millis = (System.nanoTime() - startedAt) / 1_000_000;
        LOG.log(Level.INFO, () -> "Unpacked " + zip.getFileName() + " into " + home + " in " + millis + " ms");
    }

    private static void unzipWithoutTopDirectory(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                int slash = entry.getName().indexOf('/');
                String relative = slash < 0 ? "" : entry.getName().substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path path = target.resolve(relative).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Zip entry " + entry.getName() + " points outside " + target);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, path);
                    }
                }
            }
        }
    }

    /** java.util.zip does not restore file modes; the shell scripts in bin/ are what must be executable. */
    private static void makeScriptsExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            for (Path script : files.filter(f -> f.getFileName().toString().endsWith(".sh")).toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(script);
                permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
                Files.setPosixFilePermissions(script, permissions);
            }
        }
    }

    private static boolean isEmptyDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
