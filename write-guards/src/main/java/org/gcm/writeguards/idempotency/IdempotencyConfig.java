package org.gcm.writeguards.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a service remembers the answers to keyed creations ({@code gcm.idempotency.*}). */
@ConfigMapping(prefix = "gcm.idempotency")
public interface IdempotencyConfig {

    /** A retry after this long creates anew; a day covers every retry policy we know of. */
    @WithDefault("24h")
    Duration retention();
}
