package org.gcm.infrastructure.keycloak;

import java.nio.file.Path;

/**
 * An installed JDK or JRE.
 *
 * @param home           the directory holding {@code bin/java} and the {@code release} file
 * @param version        {@code JAVA_VERSION} from the {@code release} file, e.g. {@code 25.0.3}
 * @param featureVersion the major ("feature") version, e.g. {@code 25}
 */
public record JavaRuntime(Path home, String version, int featureVersion) {

    public Path java() {
        return home.resolve("bin").resolve("java");
    }
}
