package org.gcm.hub.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.hub.service.FundAnswerWatch;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

/** Requests whose funding request the fund has not answered in time: shown so that none waits forever. */
@Path("/requests/awaiting-fund-answer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment")
public class AwaitingFundAnswerResource {

    private static final String EXAMPLE = """
            {"items": [{"requestId": "5f0c3d1e-8a2b-4c6d-9e7f-0a1b2c3d4e5f",
                        "title": "Labour migration information centres", "country": "MEX",
                        "requestedAmount": {"amount": "250000.00", "currency": "USD"},
                        "fundingRequestedAt": "2026-11-20T09:00:00Z", "answerExpectedBy": "2026-11-23T09:00:00Z"}],
             "total": 1}""";

    private final FundAnswerWatch watch;

    public AwaitingFundAnswerResource(FundAnswerWatch watch) {
        this.watch = watch;
    }

    @GET
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "List requests waiting too long for the fund's answer", description = "Requests still "
            + "FUNDING_REQUESTED longer than hub.funding.answer-expected-within (3 days by default) after funding was "
            + "requested: the fund's answer (pipelined, approved or rejected) comes as an event, and one that never "
            + "arrived would leave the request there. Longest waiting first, with since when.")
    @APIResponse(responseCode = "200", description = "A page of waiting requests and the total",
            content = @Content(examples = @ExampleObject(name = "waiting", value = EXAMPLE)))
    public Page<FundAnswerWatch.Awaiting> awaitingFundAnswer(@Valid @BeanParam Paging paging) {
        return watch.overdue(paging);
    }
}
