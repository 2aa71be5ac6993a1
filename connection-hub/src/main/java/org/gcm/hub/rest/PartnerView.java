package org.gcm.hub.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.domain.Expertise;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;

/** A registry entry as the API shows it. */
@Schema(name = "Partner")
public record PartnerView(String id, String name, String acronym, boolean unEntity, int organisationType,
        List<Expertise> expertise, List<String> countries, List<String> languages, int capacity,
        int activeEngagements, int freeCapacity, int completedEngagements, Verification verification, String website,
        @Schema(description = "part of the demo registry, not a real record") boolean demo, OffsetDateTime updatedAt,
        long version) {

    public static PartnerView of(Partner p) {
        return new PartnerView(p.id, p.name, p.acronym, p.unEntity, p.organisationType, p.expertise, p.countries,
                p.languages, p.capacity, p.activeEngagements, p.freeCapacity(), p.completedEngagements, p.verification,
                p.website, p.demo, p.updatedAt, p.version);
    }
}
