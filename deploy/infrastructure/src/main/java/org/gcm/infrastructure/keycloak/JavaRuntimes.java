package org.gcm.infrastructure.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java runtime recent enough to run Keycloak, which is started as a separate process and may need a newer
 * Java than the JVM this code runs in (the services build and test on Java 17).
 *
 * <p>Looked at in this order: {@code $KEYCLOAK_JAVA_HOME} (an explicit choice: if it is unusable, that is an error
 * rather than something to skip), {@code $JAVA_HOME}, the running JVM's {@code java.home}, then the newest
 * runtime under {@code /usr/lib/jvm}. A runtime's version comes from {@code JAVA_VERSION} in its {@code release}
 * file.
 */
public final class JavaRuntimes {

    /** The environment variable that names the runtime for Keycloak explicitly. */
    public static final String KEYCLOAK_JAVA_HOME = "KEYCLOAK_JAVA_HOME";

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?([^\"\\s]+)\"?", Pattern.MULTILINE);

    private final Map<String, String> environment;
    private final String runningJavaHome;
    private final Path jvmDirectory;

    JavaRuntimes(Map<String, String> environment, String runningJavaHome, Path jvmDirectory) {
        this.environment = environment;
        this.runningJavaHome = runningJavaHome;
        this.jvmDirectory = jvmDirectory;
    }

    /** A runtime of at least {@code minimumFeatureVersion} on this machine, or an exception saying what to install. */
    public static JavaRuntime locate(int minimumFeatureVersion) {
        return new JavaRuntimes(System.getenv(), System.getProperty("java.home"), Path.of("/usr/lib/jvm"))
                .find(minimumFeatureVersion);
    }

    JavaRuntime find(int minimum) {
        String explicit = environment.get(KEYCLOAK_JAVA_HOME);
        if (explicit != null && !explicit.isBlank()) {
            return describe(Path.of(explicit))
                    .filter(runtime -> runtime.featureVersion() >= minimum)
                    .orElseThrow(() -> new IllegalStateException(KEYCLOAK_JAVA_HOME + "=" + explicit
                            + " is not a Java " + minimum + "+ runtime (no bin/java, no release file, or too old). "
                            + advice(minimum)));
        }
        List<String> checked = new ArrayList<>();
        for (Path candidate : preferredCandidates()) {
            Optional<JavaRuntime> runtime = describe(candidate);
            checked.add(candidate + runtime.map(r -> " (" + r.version() + ")").orElse(" (not a runtime)"));
            if (runtime.isPresent() && runtime.get().featureVersion() >= minimum) {
                return runtime.get();
            }
        }
        JavaRuntime newest = null;
        for (JavaRuntime runtime : installedRuntimes()) {
            checked.add(runtime.home() + " (" + runtime.version() + ")");
            if (runtime.featureVersion() >= minimum
                    && (newest == null || runtime.featureVersion() > newest.featureVersion())) {
                newest = runtime;
            }
        }
        if (newest == null) {
            throw new IllegalStateException(advice(minimum) + ". Checked: " + String.join(", ", checked));
        }
        return newest;
    }

    private static String advice(int minimum) {
        return "Keycloak needs Java " + minimum + " or newer; install e.g. Temurin " + minimum
                + "+ (apt package temurin-" + minimum + "-jdk or any JDK " + minimum + "+) and set "
                + KEYCLOAK_JAVA_HOME;
    }

    private List<Path> preferredCandidates() {
        List<Path> candidates = new ArrayList<>();
        String javaHome = environment.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        if (runningJavaHome != null) {
            candidates.add(Path.of(runningJavaHome));
        }
        return candidates;
    }

    private List<JavaRuntime> installedRuntimes() {
        if (!Files.isDirectory(jvmDirectory)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(jvmDirectory)) {
            return homes.sorted().map(JavaRuntimes::describe).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + jvmDirectory, e);
        }
    }

    /** The runtime in {@code home}, if it has an executable {@code bin/java} and a readable version. */
    private static Optional<JavaRuntime> describe(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin").resolve("java")) || !Files.isReadable(release)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            if (!matcher.find()) {
                return Optional.empty();
            }
            String version = matcher.group(1);
            return Optional.of(new JavaRuntime(home, version, featureVersion(version)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "25.0.3" is 25, "21" is 21, and the pre-9 scheme "1.8.0_412" is 8. */
    private static int featureVersion(String version) {
        String[] parts = version.split("[._+-]");
        return Integer.parseInt(parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0]);
    }
}
