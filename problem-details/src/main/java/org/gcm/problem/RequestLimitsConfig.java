package org.gcm.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The request-line and header limits a service (or the gateway) declares ({@code gcm.request-limits.*}), answered by
 * {@link RequestLimits} with a problem naming the limit. The HTTP codec's own limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}) are set higher, as a hard ceiling:
 * past it the codec answers 414 or 431 by itself, with an empty body, before any route can run.
 */
@ConfigMapping(prefix = "gcm.request-limits")
public interface RequestLimitsConfig {

    /** The longest request target (path and query, as sent) accepted; a longer one is answered 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** The largest total of the header lines (names and values) accepted; more is answered 431. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
