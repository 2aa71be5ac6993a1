package org.gcm.hub.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** The secretariat's assessment of a request: a score per configured criterion, a decision and why. */
public record Assessment(List<CriterionScore> scores, String decision, String rationale, String assessedBy,
        OffsetDateTime assessedAt) {

    public record CriterionScore(String criterion, int score, String comment) {
    }
}
