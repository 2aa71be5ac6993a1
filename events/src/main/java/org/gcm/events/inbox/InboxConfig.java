package org.gcm.events.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a consumer retries an event whose effect failed for a passing reason ({@code gcm.inbox.*}). */
@ConfigMapping(prefix = "gcm.inbox")
public interface InboxConfig {

    /** Attempts per event, the first included, before it goes to the dead letters. */
    @WithDefault("5")
    int attempts();

    /** Wait after the first failed attempt; it doubles with each further one. */
    @WithDefault("200ms")
    Duration initialBackoff();
}
