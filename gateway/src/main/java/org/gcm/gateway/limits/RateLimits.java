package org.gcm.gateway.limits;

import java.time.Duration;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.gateway.config.GatewayConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets per route and client (Bucket4j): each client may send {@code requests} per {@code period} on a
 * route, refilled gradually, so a burst is allowed and a flood is not. Buckets of idle clients are forgotten.
 * The buckets live in this gateway instance; several instances would each allow the rate.
 */
@ApplicationScoped
public class RateLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    /**
     * Takes one request from the client's bucket on this route.
     *
     * @return empty if the request may go on; else the whole seconds after which the client may retry
     */
    public OptionalLong take(String route, GatewayConfig.RateLimit limit, String client) {
        if (!limit.enabled()) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(route + " " + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        // Retry-After is in whole seconds: round up, so that a client that waits that long finds a token.
        long nanosPerSecond = Duration.ofSeconds(1).toNanos();
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + nanosPerSecond - 1) / nanosPerSecond));
    }
}
