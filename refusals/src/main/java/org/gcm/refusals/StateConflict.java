package org.gcm.refusals;

/**
 * The action is not allowed in the resource's present state (submitting a withdrawn request, publishing a
 * practice whose review has no quorum), or it collides with other resources (a contributor that exists already).
 * <p>
 * Most conflicts are of the general kind {@link #STATE}. A few are kinds of their own that clients act on
 * differently, each a stable {@code rule} that becomes its own problem type ({@code /problems/<rule>}).
 */
public final class StateConflict extends Refusal {

    /** The general kind: the lifecycle does not allow the action now. */
    public static final Rule STATE = new Rule("state-conflict", "The action conflicts with the resource's state");

    /** The resource to create exists already. */
    public static final Rule ALREADY_EXISTS = new Rule("already-exists", "The resource already exists");

    private final Rule rule;

    public StateConflict(String detail) {
        this(STATE, detail);
    }

    public StateConflict(Rule rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    /**
     * A kind of conflict: {@code name} is stable (clients switch on it), {@code title} says it in words.
     */
    public record Rule(String name, String title) {

        public Rule {
            if (!name.matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalArgumentException("A conflict rule is named in lower-case words joined by '-': " + name);
            }
        }
    }
}
