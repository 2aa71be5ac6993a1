package org.gcm.fund.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.rest.ContributionViews.ContributorView;
import org.gcm.fund.service.contributions.ContributorCommands.NewContributor;
import org.gcm.fund.service.contributions.ContributorService;
import org.gcm.fund.service.contributions.Statements;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.problem.ProblemResponses;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/contributors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contributors", description = "Member States, UN entities, financial institutions, companies and foundations that give to the fund")
public class ContributorResource {

    /** The refusal of a contributor id that is taken: a conflict of its own kind. */
    static final String ALREADY_EXISTS = """
            {"type": "/problems/already-exists", "title": "The resource already exists", "status": 409,
             "detail": "Contributor CTR-DEU-001 already exists."}""";

    private final ContributorService contributors;
    private final Statements statements;
    private final IdempotentCreations creations;

    ContributorResource(ContributorService contributors, Statements statements, IdempotentCreations creations) {
        this.contributors = contributors;
        this.statements = statements;
        this.creations = creations;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "registerContributor", summary = "Register a contributor",
            description = "A fund manager registers a contributor with its IATI organisation type and, for public-sector contributors, its country. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = ContributorView.class)))
    @APIResponse(responseCode = "409", description = "The id is taken", content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
            examples = @ExampleObject(name = "already-exists", value = ALREADY_EXISTS)))
    public Response register(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String key,
            @NotNull @Valid NewContributor body) {
        return creations.create(key, body, () -> {
            Contributor created = contributors.register(body, false);
            return Created.of(URI.create("/contributors/" + created.id), view(created), created.version);
        });
    }

    @GET
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.DONOR })
    @Operation(operationId = "listContributors", summary = "List contributors",
            description = "Fund managers and the steering committee see all; a donor sees only its own contributor.")
    @APIResponse(responseCode = "200", description = "A page of contributors")
    public Page<ContributorView> list(@Valid @BeanParam Paging paging) {
        return contributors.list(paging).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.DONOR })
    @Operation(operationId = "getContributor", summary = "Read a contributor", description = "A donor reads only its own contributor (others: 404).")
    @APIResponse(responseCode = "200", description = "The contributor", content = @Content(schema = @Schema(implementation = ContributorView.class)))
    @APIResponse(responseCode = "404", description = "No such contributor, or not the caller's")
    public Response get(@Parameter(example = "CTR-DEMO-001") @PathParam("id") @Size(max = 40) String id) {
        Contributor contributor = contributors.get(id);
        return Response.ok(view(contributor)).tag(EntityTags.of(contributor.version)).build();
    }

    @GET
    @Path("/{id}/statement")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.DONOR })
    @Operation(operationId = "getContributorStatement", summary = "A contributor's statement",
            description = "Pledged, committed and deposited, by earmark, with the use of each pool the contributor gave to and the grants drawing on it.")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(schema = @Schema(implementation = Statements.Statement.class)))
    @APIResponse(responseCode = "404", description = "No such contributor, or not the caller's")
    public Statements.Statement statement(@Parameter(example = "CTR-DEMO-001") @PathParam("id") @Size(max = 40) String id) {
        return statements.of(contributors.get(id));
    }

    private ContributorView view(Contributor contributor) {
        return ContributorView.of(contributor, contributors.organisationTypeName(contributor.organisationType));
    }
}
