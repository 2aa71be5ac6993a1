package org.gcm.events.deadletters.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.events.deadletters.DeadLetterPosition;
import org.gcm.events.deadletters.DeadLetters;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

/**
 * The service's dead letters, for the operator role only: every service has it, through the gateway at
 * {@code /api/<service>/dead-letters}.
 */
@Path("/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Dead letters", description = "Events this service's consumers could not act on, and their replay "
        + "(operator role only)")
@SecurityRequirement(name = "bearer")
public class DeadLettersResource {

    private static final String EXAMPLE = """
            {"id": "0-17", "eventId": "5b0a7c3e-1d2f-4e6a-8b9c-0d1e2f3a4b5c", "type": "org.gcm.fund.GrantApproved", \
            "subject": "b2a4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d", "source": "/start-up-fund", "sourceTopic": "fund.grants", \
            "sourcePartition": 2, "sourceOffset": 41, "consumer": "request-funding-status", \
            "deadLetteredAt": "2026-12-06T09:14:03.512Z", "failure": "org.hibernate.exception.JDBCConnectionException", \
            "reason": "Unable to acquire JDBC Connection", "actedOn": true, \
            "replay": {"by": "operator-on-duty", "at": "2026-12-06T09:30:00.118Z", "outcome": "REPUBLISHED"}}""";

    private final DeadLetters deadLetters;

    public DeadLettersResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "List the dead letters", operationId = "listDeadLetters",
            description = "Operator role only. Newest first, each with the event's CloudEvents attributes (never its "
                    + "data), its source topic, partition and offset, the consumer that failed, when and why, whether "
                    + "it was replayed (by whom, when, with what outcome) and whether the consumer has acted on it by "
                    + "now. Read from the service's dead-letter topic: at most gcm.dead-letters.read-limit newest per "
                    + "partition, within gcm.dead-letters.read-timeout.")
    @APIResponse(responseCode = "200", description = "A page of dead letters and the total",
            content = @Content(examples = @ExampleObject(name = "replayed after a database outage",
                    value = "{\"items\": [" + EXAMPLE + "], \"total\": 1}")))
    public Page<DeadLetterView> listDeadLetters(@Valid @BeanParam Paging paging) {
        return deadLetters.list(paging).map(DeadLetterView::of);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay a dead letter", operationId = "replayDeadLetter",
            description = "Operator role only. Sends the event back, unchanged, to its source topic through the "
                    + "service's outbox, so that its consumer acts on it once (its inbox skips an event it acted on). "
                    + "Recorded with who and when; replaying a letter again changes nothing and answers it as it stands. "
                    + "If the consumer acted on the event meanwhile, nothing is sent (outcome ALREADY_ACTED_ON).")
    @APIResponse(responseCode = "200", description = "The dead letter with its replay",
            content = @Content(examples = @ExampleObject(name = "replayed", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a dead letter's id, <partition>-<offset>")
    @APIResponse(responseCode = "409", description = "Not a CloudEvent from a known topic: it cannot be replayed")
    public DeadLetterView replayDeadLetter(
            @PathParam("id") @Size(max = DeadLetterPosition.ID_MAX_LENGTH) @Pattern(regexp = DeadLetterPosition.ID_PATTERN,
                    message = "must be a dead letter's id: <partition>-<offset>") String id) {
        return DeadLetterView.of(deadLetters.replay(id));
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay every dead letter not yet replayed", operationId = "replayAllDeadLetters",
            description = "Operator role only. Replays, as one by one, each listed dead letter that has no replay yet "
                    + "and is a CloudEvent from a known topic; answers those it replayed (none when all were).")
    @APIResponse(responseCode = "200", description = "The dead letters replayed by this call",
            content = @Content(examples = @ExampleObject(name = "one replayed",
                    value = "{\"items\": [" + EXAMPLE + "], \"total\": 1}")))
    public Page<DeadLetterView> replayAllDeadLetters() {
        return Page.all(deadLetters.replayAll()).map(DeadLetterView::of);
    }
}
