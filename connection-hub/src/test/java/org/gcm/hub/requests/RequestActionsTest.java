package org.gcm.hub.requests;

import static org.gcm.hub.domain.RequestStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.support.InMemoryLifecycle;
import org.gcm.lifecycle.Actor;
import org.gcm.lifecycle.Transition;
import org.gcm.refusals.StateConflict;
import org.junit.jupiter.api.Test;

/** The request lifecycle of DESIGN.md section 3, as the table of RequestAction declares it: no container. */
class RequestActionsTest {

    private static final Actor SECRETARIAT = new Actor("secretariat-officer", "secretariat");

    /** The lifecycle as README.md draws it: each action, the states it starts from and where it leads. */
    private static final Map<RequestAction, Set<RequestStatus>> FROM = new EnumMap<>(Map.ofEntries(
            Map.entry(RequestAction.SUBMIT, EnumSet.of(DRAFT)),
            Map.entry(RequestAction.WITHDRAW, EnumSet.of(DRAFT, SUBMITTED, UNDER_ASSESSMENT, INFORMATION_REQUESTED,
                    ACCEPTED, PARTNERS_PROPOSED, IMPLEMENTATION_AGREED)),
            Map.entry(RequestAction.START_ASSESSMENT, EnumSet.of(SUBMITTED)),
            Map.entry(RequestAction.REQUEST_INFORMATION, EnumSet.of(UNDER_ASSESSMENT)),
            Map.entry(RequestAction.PROVIDE_INFORMATION, EnumSet.of(INFORMATION_REQUESTED)),
            Map.entry(RequestAction.ACCEPT, EnumSet.of(UNDER_ASSESSMENT)),
            Map.entry(RequestAction.DECLINE, EnumSet.of(UNDER_ASSESSMENT)),
            Map.entry(RequestAction.PROPOSE_PARTNERS, EnumSet.of(ACCEPTED, PARTNERS_PROPOSED)),
            Map.entry(RequestAction.AGREE_IMPLEMENTATION, EnumSet.of(PARTNERS_PROPOSED)),
            Map.entry(RequestAction.REQUEST_FUNDING, EnumSet.of(IMPLEMENTATION_AGREED, NOT_FUNDED)),
            Map.entry(RequestAction.PIPELINE_GRANT, EnumSet.of(FUNDING_REQUESTED)),
            Map.entry(RequestAction.APPROVE_GRANT, EnumSet.of(FUNDING_REQUESTED, FUNDING_PIPELINED)),
            Map.entry(RequestAction.REJECT_GRANT, EnumSet.of(FUNDING_REQUESTED, FUNDING_PIPELINED)),
            Map.entry(RequestAction.START_IMPLEMENTATION, EnumSet.of(FUNDED)),
            Map.entry(RequestAction.COMPLETE, EnumSet.of(IN_IMPLEMENTATION))));

    private static final Map<RequestAction, RequestStatus> TO = new EnumMap<>(Map.ofEntries(
            Map.entry(RequestAction.SUBMIT, SUBMITTED), Map.entry(RequestAction.WITHDRAW, WITHDRAWN),
            Map.entry(RequestAction.START_ASSESSMENT, UNDER_ASSESSMENT),
            Map.entry(RequestAction.REQUEST_INFORMATION, INFORMATION_REQUESTED),
            Map.entry(RequestAction.PROVIDE_INFORMATION, UNDER_ASSESSMENT), Map.entry(RequestAction.ACCEPT, ACCEPTED),
            Map.entry(RequestAction.DECLINE, DECLINED), Map.entry(RequestAction.PROPOSE_PARTNERS, PARTNERS_PROPOSED),
            Map.entry(RequestAction.AGREE_IMPLEMENTATION, IMPLEMENTATION_AGREED),
            Map.entry(RequestAction.REQUEST_FUNDING, FUNDING_REQUESTED),
            Map.entry(RequestAction.PIPELINE_GRANT, FUNDING_PIPELINED), Map.entry(RequestAction.APPROVE_GRANT, FUNDED),
            Map.entry(RequestAction.REJECT_GRANT, NOT_FUNDED),
            Map.entry(RequestAction.START_IMPLEMENTATION, IN_IMPLEMENTATION),
            Map.entry(RequestAction.COMPLETE, COMPLETED)));

    private final InMemoryLifecycle<CountryRequest, RequestStatus, RequestAction> lifecycle = new InMemoryLifecycle<>();

    @Test
    void theTableIsTheDocumentedLifecycle() {
        assertEquals(FROM.keySet(), EnumSet.allOf(RequestAction.class), "every action is documented");
        for (RequestAction action : RequestAction.values()) {
            assertEquals(FROM.get(action), action.from(), action + " starts from");
            assertEquals(TO.get(action), action.to(), action + " leads to");
        }
        assertEquals("request-funding", RequestAction.REQUEST_FUNDING.label());
    }

    @Test
    void theClosedStatesAreExactlyThoseNoActionLeaves() {
        for (RequestStatus status : RequestStatus.values()) {
            boolean left = EnumSet.allOf(RequestAction.class).stream().anyMatch(a -> a.allowedFrom(status));
            assertEquals(!left, status.isTerminal(), status + " is closed exactly when no action leaves it");
        }
        assertEquals(EnumSet.of(DECLINED, COMPLETED, WITHDRAWN),
                EnumSet.copyOf(java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::isTerminal).toList()));
    }

    @Test
    void everyAllowedMoveEntersItsStateAndWritesOneHistoryLine() {
        for (RequestAction action : RequestAction.values()) {
            for (RequestStatus from : action.from()) {
                CountryRequest request = request(from);
                lifecycle.lines.clear();
                assertEquals(from, lifecycle.move(request, action, SECRETARIAT, "why"));
                assertEquals(action.to(), request.status, action + " from " + from);
                assertNotNull(request.updatedAt);
                Transition<RequestStatus> line = lifecycle.lines.get(0);
                assertEquals(1, lifecycle.lines.size());
                assertEquals(action.label(), line.action());
                assertEquals(from, line.from());
                assertEquals(action.to(), line.to());
                assertEquals(SECRETARIAT, line.actor());
                assertEquals("why", line.comment());
                assertEquals(request.updatedAt, line.at());
            }
        }
    }

    @Test
    void everyOtherMoveIsAStateConflictNamingTheStatesAndChangesNothing() {
        for (RequestAction action : RequestAction.values()) {
            for (RequestStatus from : EnumSet.complementOf(EnumSet.copyOf(action.from()))) {
                CountryRequest request = request(from);
                lifecycle.lines.clear();
                StateConflict refused = assertThrows(StateConflict.class,
                        () -> lifecycle.move(request, action, SECRETARIAT, null), action + " from " + from);
                assertEquals(StateConflict.STATE, refused.rule());
                assertTrue(refused.detail().startsWith("Request " + request.id + " is " + from + ";"), refused.detail());
                assertTrue(refused.detail().contains(action.from().iterator().next().name()), refused.detail());
                assertEquals(from, request.status);
                assertTrue(lifecycle.lines.isEmpty());
            }
        }
    }

    @Test
    void submittingAndAcknowledgingAreDated() {
        CountryRequest request = request(DRAFT);
        lifecycle.move(request, RequestAction.SUBMIT, SECRETARIAT, null);
        assertNotNull(request.submittedAt);
        assertNull(request.assessmentStartedAt);
        lifecycle.move(request, RequestAction.START_ASSESSMENT, SECRETARIAT, null);
        assertNotNull(request.assessmentStartedAt);
    }

    @Test
    void onlyADraftOrARequestAwaitingInformationIsEditable() {
        for (RequestStatus status : RequestStatus.values()) {
            CountryRequest request = request(status);
            if (status == DRAFT || status == INFORMATION_REQUESTED) {
                request.requireEditable();
            } else {
                assertThrows(StateConflict.class, request::requireEditable, status.name());
            }
        }
    }

    @Test
    void aNoteAndTheCreationAreLinesWithoutAMove() {
        CountryRequest request = request(FUNDED);
        lifecycle.note(request, "tranche-disbursed", Actor.system("start-up-fund"), "tranche 2");
        lifecycle.created(request, SECRETARIAT, lifecycle.now());
        assertEquals(FUNDED, lifecycle.lines.get(0).from());
        assertEquals(FUNDED, lifecycle.lines.get(0).to());
        assertEquals("system", lifecycle.lines.get(0).actor().role());
        assertEquals("create", lifecycle.lines.get(1).action());
        assertNull(lifecycle.lines.get(1).from());
    }

    private static CountryRequest request(RequestStatus status) {
        CountryRequest request = new CountryRequest();
        request.id = UUID.randomUUID();
        request.status = status;
        return request;
    }
}
