package org.gcm.fund.rest;

import jakarta.ws.rs.core.Response;

import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.rest.GrantViews.GrantView;
import org.gcm.fund.service.GrantDisbursements;
import org.gcm.writeguards.concurrency.EntityTags;

/** A grant as every grant endpoint answers it: the view and its ETag. */
final class GrantAnswers {

    private GrantAnswers() {
    }

    static Response grant(SeedGrant grant, GrantDisbursements disbursements) {
        return Response.ok(GrantView.of(grant, disbursements.allocations(grant.id))).tag(EntityTags.of(grant.version)).build();
    }
}
