package org.gcm.fund.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.rest.GrantViews.GrantView;
import org.gcm.fund.service.grants.GrantApplications;
import org.gcm.writeguards.concurrency.EntityTags;

/** A grant as every grant endpoint answers it: the view with its reservation, and its ETag. */
@ApplicationScoped
public class GrantAnswers {

    private final GrantApplications applications;

    GrantAnswers(GrantApplications applications) {
        this.applications = applications;
    }

    GrantView view(SeedGrant grant) {
        return GrantView.of(grant, applications.allocations(grant));
    }

    Response ok(SeedGrant grant) {
        return Response.ok(view(grant)).tag(EntityTags.of(grant.version)).build();
    }
}
