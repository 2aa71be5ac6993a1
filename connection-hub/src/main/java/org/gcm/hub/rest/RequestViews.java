package org.gcm.hub.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.writeguards.concurrency.EntityTags;

/** Turns a request into its view, with the service level applied, and into a 200 answer with its ETag. */
@ApplicationScoped
public class RequestViews {

    @Inject
    HubConfig config;

    public RequestView of(CountryRequest request) {
        return RequestView.of(request, config.serviceLevel().acknowledgeWithinDays(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    public Response ok(CountryRequest request) {
        return Response.ok(of(request)).tag(EntityTags.of(request.version)).build();
    }
}
