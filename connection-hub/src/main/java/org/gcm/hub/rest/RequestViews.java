package org.gcm.hub.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.service.ServiceLevel;
import org.gcm.writeguards.concurrency.EntityTags;

/** Turns a request into its view, with its service level, and into a 200 answer with its ETag. */
@ApplicationScoped
public class RequestViews {

    private final ServiceLevel serviceLevel;

    public RequestViews(ServiceLevel serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public RequestView of(CountryRequest request) {
        return RequestView.of(request, serviceLevel.of(request));
    }

    public Response ok(CountryRequest request) {
        return Response.ok(of(request)).tag(EntityTags.of(request.version)).build();
    }
}
