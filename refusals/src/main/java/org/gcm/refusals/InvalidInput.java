package org.gcm.refusals;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a rule of the business which Bean Validation cannot see (a country code that does not
 * exist, an end date before the start), naming every field and rule. Collect with {@link #check()}:
 *
 * <pre>{@code
 * InvalidInput.check()
 *         .require(end.isAfter(start), "endDate", "after-start", "must be after startDate")
 *         .orRefuse();
 * }</pre>
 */
public final class InvalidInput extends Refusal {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String rule, String message) {
        return new InvalidInput(List.of(new FieldError(field, rule, message)));
    }

    /** Starts collecting the errors of one input. */
    public static Checks check() {
        return new Checks();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** {@code 1 field is invalid: country must be ...}, or the count when there are several. */
    public static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one field");
        }
        return errors.size() == 1
                ? "1 field is invalid: " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid; see errors.";
    }

    /** The errors found so far in one input; refuses it naming all of them at once. */
    public static final class Checks {

        private final List<FieldError> errors = new ArrayList<>();

        private Checks() {
        }

        public Checks require(boolean holds, String field, String rule, String message) {
            if (!holds) {
                errors.add(new FieldError(field, rule, message));
            }
            return this;
        }

        public Checks add(FieldError error) {
            errors.add(error);
            return this;
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        /** Throws {@link InvalidInput} if any rule was broken. */
        public void orRefuse() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
