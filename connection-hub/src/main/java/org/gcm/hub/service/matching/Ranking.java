package org.gcm.hub.service.matching;

import java.util.List;

/** A page of the ranking for a request: the weights used, whether unverified partners took part, how many were ranked. */
public record Ranking(Weights weights, boolean includeUnverified, int total, List<PartnerMatch> items) {
}
