package org.gcm.writeguards.idempotency;

import java.net.URI;

/**
 * What a creating action made: where the new resource lives, what the answer shows of it, and its version for
 * the {@code ETag} (or {@code null} when it has none).
 */
public record Created(URI location, Object body, Long version) {

    public static Created of(URI location, Object body, long version) {
        return new Created(location, body, version);
    }
}
