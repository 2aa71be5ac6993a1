package org.gcm.hub.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.service.RequestInput;
import org.gcm.hub.service.RequestService;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

/** Country requests: intake, editing, reading, the audit trail (para 43 (a)(i)). */
@Path("/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Country requests for capacity-building support")
public class RequestResource {

    private final RequestService requests;
    private final RequestViews views;
    private final IdempotentCreations creations;

    public RequestResource(RequestService requests, RequestViews views, IdempotentCreations creations) {
        this.requests = requests;
        this.views = views;
        this.creations = creations;
    }

    @POST
    @RolesAllowed(Roles.MEMBER_STATE)
    @Operation(summary = "Create a request as a draft", description = "A member state creates a request for its own "
            + "country; it starts as DRAFT. Accepts an Idempotency-Key: a retry with the same key and body answers the "
            + "first creation again.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestInput.class),
            examples = @ExampleObject(name = "request", value = Examples.REQUEST_INPUT)))
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "created", value = Examples.REQUEST_VIEW)))
    @APIResponse(responseCode = "403", description = "Not a member state, or another country than the token's")
    public Response createRequest(
            @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String idempotencyKey,
            @NotNull @Valid RequestInput body) {
        return creations.create(idempotencyKey, body, () -> {
            CountryRequest created = requests.create(body);
            return Created.of(URI.create("/requests/" + created.id), views.of(created), created.version);
        });
    }

    @GET
    @RolesAllowed({ Roles.MEMBER_STATE, Roles.SECRETARIAT })
    @Operation(summary = "List requests", description = "The secretariat sees every request, a member state its own "
            + "country's. Filters: status, country, objective, overdue (submitted and not acknowledged within the "
            + "service level). Newest first.")
    @APIResponse(responseCode = "200", description = "A page of requests and the total",
            content = @Content(examples = @ExampleObject(name = "page", value = "{\"items\": [" + Examples.REQUEST_VIEW
                    + "], \"total\": 1}")))
    public Page<RequestView> listRequests(@QueryParam("status") RequestStatus status,
            @QueryParam("country") @Size(max = 3)
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String country,
            @QueryParam("objective") @Min(1) @Max(23) Integer objective,
            @QueryParam("overdue") Boolean overdue,
            @Valid @BeanParam Paging paging) {
        return requests.list(status, country, objective, overdue, paging).map(views::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MEMBER_STATE, Roles.SECRETARIAT })
    @Operation(summary = "Read a request", description = "Another country's request answers 404, as if it did not exist.")
    @APIResponse(responseCode = "200", description = "The request; ETag is its version",
            content = @Content(schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "request", value = Examples.REQUEST_VIEW)))
    public Response getRequest(@PathParam("id") @Size(max = 36) String id) {
        return views.ok(requests.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER_STATE)
    @Operation(summary = "Edit a request", description = "The requester replaces the content while the request is "
            + "DRAFT or INFORMATION_REQUESTED. If-Match with the ETag guards against lost updates.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestInput.class),
            examples = @ExampleObject(name = "request", value = Examples.REQUEST_INPUT)))
    @APIResponse(responseCode = "200", description = "Edited", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Not editable: neither DRAFT nor INFORMATION_REQUESTED")
    public Response editRequest(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid RequestInput body) {
        return views.ok(requests.edit(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.MEMBER_STATE, Roles.SECRETARIAT })
    @Operation(summary = "Read a request's audit trail", description = "Every transition: who, in which role, when, "
            + "from which state to which, and why; oldest first.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(examples = @ExampleObject(
            name = "history", value = "[{\"at\": \"2026-11-21T10:00:00Z\", \"actor\": \"ms-mexico\", \"role\": "
                    + "\"member-state\", \"action\": \"submit\", \"from\": \"DRAFT\", \"to\": \"SUBMITTED\", "
                    + "\"comment\": \"Ready for the secretariat.\"}]")))
    public List<HistoryEntryView> requestHistory(@PathParam("id") @Size(max = 36) String id) {
        return requests.history(id).stream().map(HistoryEntryView::of).toList();
    }
}
