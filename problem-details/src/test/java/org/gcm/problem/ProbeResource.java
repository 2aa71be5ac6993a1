package org.gcm.problem;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.gcm.refusals.Forbidden;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.gcm.refusals.StateConflict;

/** A resource that exists only in this module's tests, with the input shapes real resources use. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public enum SupportType { TECHNICAL, FINANCIAL }

    public record Money(@NotNull BigDecimal amount, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
    }

    public record ProbeInput(@NotBlank String title,
            @NotEmpty List<@NotNull @Min(1) @Max(23) Integer> objectives,
            SupportType supportType,
            @Valid Money budget,
            LocalDate startDate,
            Boolean urgent) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ProbeInput body) {
        return Response.created(URI.create("/probe/1")).entity(body).build();
    }

    @GET
    public List<String> list(@QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        return List.of("limit=" + limit);
    }

    /** Query values of every kind a resource reads, one of them inside a bean parameter as lists' paging is. */
    @GET
    @Path("/query")
    public List<String> query(@QueryParam("urgent") Boolean urgent, @QueryParam("weight") Double weight,
            @QueryParam("id") UUID id, @QueryParam("from") LocalDate from, @QueryParam("type") SupportType type,
            @BeanParam Page page) {
        return List.of(urgent + " " + weight + " " + id + " " + from + " " + type + " " + page.offset);
    }

    public static class Page {
        @QueryParam("offset")
        public int offset;
    }

    @GET
    @Path("/restricted")
    @RolesAllowed("secretariat")
    public String restricted() {
        return "secret";
    }

    @POST
    @Path("/{id}/close")
    public String close(@PathParam("id") String id) {
        if (id.equals("missing")) {
            throw NotFound.of("probe", id);
        }
        if (id.equals("foreign")) {
            throw new Forbidden("Probe foreign belongs to another country.");
        }
        if (id.equals("quorum")) {
            throw new StateConflict(new StateConflict.Rule("quorum-not-met", "The quorum has not agreed"),
                    "Probe quorum needs two more votes.");
        }
        if (id.equals("closed")) {
            throw new StateConflict("Probe closed is already CLOSED; only an OPEN probe can be closed.");
        }
        throw InvalidInput.of("id", "known-probe", "must name an existing probe");
    }

    public record Comment(String comment) {
    }

    /** An action with an optional JSON body and no declared media type, like the services' actions. */
    @POST
    @Path("/{id}/comment")
    public String comment(@PathParam("id") String id, Comment body) {
        return body == null || body.comment() == null ? "no comment" : body.comment();
    }

    /** An operation that declares another media type beside JSON, like the knowledge import. */
    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    public String importBatch(@HeaderParam("Content-Type") String contentType, String body) {
        return contentType + ": " + body.length();
    }

    @GET
    @Path("/broken")
    public String broken() {
        throw new IllegalStateException("database password is hunter2");
    }
}
