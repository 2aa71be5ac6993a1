package org.gcm.hub.service.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.domain.Verification;

/** A partner's place in the ranking for a request, with each factor's score and why. */
@Schema(name = "PartnerMatch")
public record PartnerMatch(int rank, String partnerId, String name, String acronym, boolean unEntity,
        Verification verification,
        @Schema(description = "weighted mean of the factor scores, 0 to 1") double score,
        List<Factor> factors) {

    /** One factor: its score (0 to 1), its weight in this query, and what it is based on. */
    @Schema(name = "MatchFactor")
    public record Factor(@Schema(example = "objectives") String name, double score, double weight,
            @Schema(example = "objective 3: level 4 (12 years); objective 6: level 5 (20 years)") String why) {
    }
}
