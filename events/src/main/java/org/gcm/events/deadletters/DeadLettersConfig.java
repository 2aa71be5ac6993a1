package org.gcm.events.deadletters;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where this service's dead letters are and how much of them one request reads ({@code gcm.dead-letters.*}). */
@ConfigMapping(prefix = "gcm.dead-letters")
public interface DeadLettersConfig {

    /** The dead-letter topic of the service's channels; default {@code <quarkus.application.name>.dead-letters}. */
    Optional<String> topic();

    /** How long one request may spend reading the topic; what was read by then is answered. */
    @WithDefault("5s")
    Duration readTimeout();

    /** The newest dead letters read per partition of the topic; older ones are not listed. */
    @WithDefault("1000")
    int readLimit();
}
