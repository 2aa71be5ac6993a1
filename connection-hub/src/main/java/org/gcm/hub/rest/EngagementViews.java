package org.gcm.hub.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.service.EngagementService;
import org.gcm.writeguards.concurrency.EntityTags;

/** Turns an engagement into its view, with its request's title and country, and into a 200 answer with its ETag. */
@ApplicationScoped
public class EngagementViews {

    private final EngagementService engagements;

    public EngagementViews(EngagementService engagements) {
        this.engagements = engagements;
    }

    public EngagementView of(Engagement engagement) {
        CountryRequest request = engagements.requestOf(engagement);
        return EngagementView.of(engagement, request.title, request.country);
    }

    public Response ok(Engagement engagement) {
        return Response.ok(of(engagement)).tag(EntityTags.of(engagement.version)).build();
    }
}
