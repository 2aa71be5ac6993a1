package org.gcm.gateway.limits;

import java.time.Duration;
import java.util.Optional;

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

    /** What taking one request left: whether it may go on, and the figures the caller is told. */
    public record Allowance(boolean granted, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    /**
     * Takes one request from the client's bucket on this route.
     *
     * @return empty if the route is not rate-limited; else whether the request may go on, with the client's figures
     */
    public Optional<Allowance> take(String route, GatewayConfig.RateLimit limit, String client) {
        if (!limit.enabled()) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(route + " " + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return Optional.of(new Allowance(probe.isConsumed(), limit.requests(), probe.getRemainingTokens(),
                wholeSeconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, wholeSeconds(probe.getNanosToWaitForRefill()))));
    }

    /** Whole seconds, rounded up: a client that waits that long finds what it was told. */
    private static long wholeSeconds(long nanos) {
        long nanosPerSecond = Duration.ofSeconds(1).toNanos();
        return (nanos + nanosPerSecond - 1) / nanosPerSecond;
    }
}
