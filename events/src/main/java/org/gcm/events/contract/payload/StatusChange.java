package org.gcm.events.contract.payload;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change of an aggregate's state, as its history records it but without who acted or why (the actor and the
 * comment may name a person): the part every {@code ...StatusChanged} event shares.
 * <p>
 * States are strings, not enums, so that a state added later reaches old consumers as a value they may not know
 * rather than a payload they cannot read.
 *
 * @param action what moved it, as the API's action path and the history say it ({@code submit},
 *        {@code request-funding}); {@code create} for the creation
 * @param from the state before, as the aggregate's API spells it ({@code DRAFT}); absent for the creation
 * @param to the state after ({@code SUBMITTED})
 * @param at when it changed, ISO 8601 date-time with offset
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChange(String action, String from, String to, OffsetDateTime at) {

    /** The creation's action: the first line of every history. */
    public static final String CREATE = "create";

    private static final Pattern ACTION = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern STATE = Pattern.compile("[A-Z]+(_[A-Z]+)*");
    private static final int MAX_ACTION_LENGTH = 60;

    public StatusChange {
        Checks.matching("StatusChange.action", action, ACTION, "an action label such as request-funding");
        if (action.length() > MAX_ACTION_LENGTH) {
            throw new IllegalArgumentException("StatusChange.action is longer than " + MAX_ACTION_LENGTH + " characters");
        }
        if (from != null) {
            Checks.matching("StatusChange.from", from, STATE, "a state such as UNDER_REVIEW");
        }
        Checks.matching("StatusChange.to", to, STATE, "a state such as UNDER_REVIEW");
        Checks.required("StatusChange.at", at);
    }

    /** A change between two states of an aggregate's status enum; {@code from} is {@code null} at creation. */
    public static StatusChange of(String action, Enum<?> from, Enum<?> to, OffsetDateTime at) {
        return new StatusChange(action, from == null ? null : from.name(), to.name(), at);
    }
}
