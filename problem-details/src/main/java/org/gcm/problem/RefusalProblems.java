package org.gcm.problem;

import java.net.URI;
import java.util.List;

import org.gcm.refusals.FieldError;
import org.gcm.refusals.Forbidden;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.gcm.refusals.Refusal;
import org.gcm.refusals.StaleVersion;
import org.gcm.refusals.StateConflict;

/** The one place where a refusal of the domain becomes a problem: each kind has one type and one status. */
final class RefusalProblems {

    /** The header a stale version is named by; the field of its error. */
    static final String IF_MATCH = "If-Match";

    private RefusalProblems() {
    }

    static Problem of(Refusal refusal, String instance) {
        // Java 17: no pattern switch over the sealed kinds yet, so the chain ends with the last kind.
        if (refusal instanceof NotFound) {
            return problem(ProblemType.NOT_FOUND, refusal, instance, List.of());
        }
        if (refusal instanceof Forbidden) {
            return problem(ProblemType.FORBIDDEN, refusal, instance, List.of());
        }
        if (refusal instanceof InvalidInput invalid) {
            return problem(ProblemType.VALIDATION_FAILED, invalid, instance, invalid.errors());
        }
        if (refusal instanceof StaleVersion stale) {
            return problem(ProblemType.PRECONDITION_FAILED, stale, instance, List.of(new FieldError(IF_MATCH,
                    "current-version", "must name the current ETag \"" + stale.currentVersion() + "\"")));
        }
        return conflict((StateConflict) refusal, instance);
    }

    private static Problem conflict(StateConflict conflict, String instance) {
        StateConflict.Rule rule = conflict.rule();
        return new Problem(URI.create("/problems/" + rule.name()), rule.title(), 409, conflict.detail(), instance,
                null);
    }

    private static Problem problem(ProblemType type, Refusal refusal, String instance, List<FieldError> errors) {
        return ProblemResponses.problem(type, type.status(), refusal.detail(), instance, errors);
    }
}
