package org.gcm.infrastructure.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against fake runtime directories, so the outcome does not depend on the Java installed here. */
class JavaRuntimesTest {

    private static final Path JVMS = Path.of(System.getProperty("java.io.tmpdir"), "java-runtimes-test");

    @BeforeAll
    static void fakeRuntimes() throws IOException {
        if (Files.exists(JVMS)) {
            PathUtils.deleteDirectory(JVMS);
        }
        fakeRuntime("java-17", "17.0.15");
        fakeRuntime("temurin-21", "21.0.7");
        fakeRuntime("temurin-25", "25.0.3");
        fakeRuntime("java-8", "1.8.0_412");
        Files.createDirectories(JVMS.resolve("not-a-runtime"));
    }

    @Test
    void prefersJavaHomeWhenItIsRecentEnough() {
        JavaRuntime runtime = runtimes(Map.of("JAVA_HOME", JVMS.resolve("temurin-21").toString()), "java-17").find(21);
        assertEquals(JVMS.resolve("temurin-21"), runtime.home());
        assertEquals(21, runtime.featureVersion());
    }

    @Test
    void fallsBackToTheNewestInstalledRuntime() {
        JavaRuntime runtime = runtimes(Map.of("JAVA_HOME", JVMS.resolve("java-17").toString()), "java-8").find(21);
        assertEquals(JVMS.resolve("temurin-25"), runtime.home());
        assertEquals("25.0.3", runtime.version());
    }

    @Test
    void refusesAnExplicitKeycloakJavaHomeThatIsTooOld() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> runtimes(
                Map.of(JavaRuntimes.KEYCLOAK_JAVA_HOME, JVMS.resolve("java-17").toString()), "temurin-25").find(21));
        assertTrue(error.getMessage().contains("KEYCLOAK_JAVA_HOME=" + JVMS.resolve("java-17")), error.getMessage());
    }

    @Test
    void saysWhatToInstallWhenNothingIsRecentEnough() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> runtimes(Map.of(), "java-17").find(26));
        assertTrue(error.getMessage().startsWith("Keycloak needs Java 26 or newer; install e.g. Temurin 26+"
                + " (apt package temurin-26-jdk or any JDK 26+) and set KEYCLOAK_JAVA_HOME"), error.getMessage());
        assertTrue(error.getMessage().contains("1.8.0_412"), "lists what was checked: " + error.getMessage());
    }

    private static JavaRuntimes runtimes(Map<String, String> environment, String running) {
        return new JavaRuntimes(environment, JVMS.resolve(running).toString(), JVMS);
    }

    private static void fakeRuntime(String name, String version) throws IOException {
        Path home = Files.createDirectories(JVMS.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }
}
