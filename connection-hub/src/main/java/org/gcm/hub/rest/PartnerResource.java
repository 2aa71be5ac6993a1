package org.gcm.hub.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.service.NewPartnerInput;
import org.gcm.hub.service.PartnerInput;
import org.gcm.hub.service.PartnerService;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

/** The partner registry (para 43 (a)(ii)). */
@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "UN and non-UN implementing partners, their expertise and capacity")
public class PartnerResource {

    private final PartnerService partners;
    private final IdempotentCreations creations;

    public PartnerResource(PartnerService partners, IdempotentCreations creations) {
        this.partners = partners;
        this.creations = creations;
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Register a partner", description = "The secretariat adds an organisation to the registry; "
            + "its id is the partner_id claim of the organisation's users. Accepts an Idempotency-Key.")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewPartnerInput.class),
            examples = @ExampleObject(name = "partner", value = Examples.PARTNER)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response registerPartner(
            @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String idempotencyKey,
            @NotNull @Valid NewPartnerInput body) {
        return creations.create(idempotencyKey, body, () -> {
            Partner partner = partners.register(body);
            return Created.of(URI.create("/partners/" + partner.id), PartnerView.of(partner), partner.version);
        });
    }

    @GET
    @RolesAllowed({ Roles.SECRETARIAT, Roles.MEMBER_STATE, Roles.PARTNER })
    @Operation(summary = "List the registry", description = "Filters: objective of expertise, country of operation, "
            + "verification, UN entity or not. Ordered by name.")
    @APIResponse(responseCode = "200", description = "A page of partners and the total")
    public Page<PartnerView> listPartners(@QueryParam("objective") @Min(1) @Max(23) Integer objective,
            @QueryParam("country") @Size(max = 3)
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String country,
            @QueryParam("verification") Verification verification,
            @QueryParam("unEntity") Boolean unEntity,
            @Valid @BeanParam Paging paging) {
        return partners.list(objective, country, verification, unEntity, paging).map(PartnerView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.MEMBER_STATE, Roles.PARTNER })
    @Operation(summary = "Read a partner", description = "Its profile, capacity and verification.")
    @APIResponse(responseCode = "200", description = "The partner; ETag is its version",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response getPartner(@PathParam("id") @Size(max = 60) String id) {
        return ok(partners.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.PARTNER })
    @Operation(summary = "Update a partner's profile", description = "The secretariat updates any entry; a partner "
            + "keeps its own profile and capacity current (another's answers 403). If-Match guards against lost updates.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "403", description = "Neither the secretariat nor the partner itself")
    public Response updatePartner(@PathParam("id") @Size(max = 60) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid PartnerInput body) {
        return ok(partners.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Mark a partner verified", description = "Only verified partners are proposed engagements "
            + "and matched by default.")
    @APIResponse(responseCode = "200", description = "Verified", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response verifyPartner(@PathParam("id") @Size(max = 60) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch) {
        return ok(partners.verify(id, ifMatch, Verification.VERIFIED));
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Suspend a partner", description = "A suspended partner is not matched nor proposed.")
    @APIResponse(responseCode = "200", description = "Suspended", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response suspendPartner(@PathParam("id") @Size(max = 60) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch) {
        return ok(partners.verify(id, ifMatch, Verification.SUSPENDED));
    }

    private static Response ok(Partner partner) {
        return Response.ok(PartnerView.of(partner)).tag(EntityTags.of(partner.version)).build();
    }
}
