package org.gcm.hub.service.matching;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.service.Geography;
import org.gcm.hub.service.RequestAccess;
import org.gcm.paging.Paging;

/**
 * Ranks the registry's partners for a request by comparative advantage and operational capacity (para 43
 * (a)(ii)): the rules are {@link Ranker}'s, run over the in-memory snapshot of {@link PartnerDirectory}, with the
 * default weights and track-record saturation of {@code hub.matching.*}.
 */
@ApplicationScoped
public class PartnerMatcher {

    private final PartnerDirectory directory;
    private final RequestAccess access;
    private final Geography geography;
    private final HubConfig config;

    public PartnerMatcher(PartnerDirectory directory, RequestAccess access, Geography geography, HubConfig config) {
        this.directory = directory;
        this.access = access;
        this.geography = geography;
        this.config = config;
    }

    public Weights defaultWeights() {
        return Weights.defaults(config.matching().weights());
    }

    /** The ranking for a request the caller may see. */
    public Ranking rank(String requestId, Weights weights, boolean includeUnverified, Paging paging) {
        return rank(access.visible(requestId), weights, includeUnverified, paging);
    }

    public Ranking rank(CountryRequest request, Weights weights, boolean includeUnverified, Paging paging) {
        return new Ranker(geography, config.matching().trackRecordSaturation())
                .rank(request, directory.candidates(), weights, includeUnverified, paging);
    }
}
