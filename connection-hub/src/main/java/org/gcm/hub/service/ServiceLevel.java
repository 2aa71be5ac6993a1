package org.gcm.hub.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestStatus;

/**
 * The service level: a submitted request must be acknowledged (its assessment started) within
 * {@code hub.service-level.acknowledge-within-days}; until then, past that day, it is overdue.
 */
@ApplicationScoped
public class ServiceLevel {

    /** When the request must be acknowledged at the latest ({@code null} before it is submitted), and whether it is late. */
    public record Due(OffsetDateTime acknowledgeBy, boolean overdue) {
    }

    private final HubConfig config;

    public ServiceLevel(HubConfig config) {
        this.config = config;
    }

    public Due of(CountryRequest request) {
        OffsetDateTime acknowledgeBy = request.submittedAt == null ? null
                : request.submittedAt.plusDays(config.serviceLevel().acknowledgeWithinDays());
        boolean overdue = request.status == RequestStatus.SUBMITTED && acknowledgeBy != null
                && acknowledgeBy.isBefore(now());
        return new Due(acknowledgeBy, overdue);
    }

    /** Requests submitted before this instant and still not acknowledged are overdue. */
    public OffsetDateTime acknowledgeCutoff() {
        return now().minusDays(config.serviceLevel().acknowledgeWithinDays());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
