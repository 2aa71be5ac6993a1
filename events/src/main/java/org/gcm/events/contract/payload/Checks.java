package org.gcm.events.contract.payload;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks the payload records make when they are built, by the publisher (so a malformed event fails the
 * business transaction instead of leaving) and by the consumer's reader (so a malformed event becomes a
 * {@link org.gcm.events.contract.MalformedEventException} and goes to the dead letters). They mirror the JSON
 * Schemas under {@code META-INF/events/schemas/}.
 */
final class Checks {

    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    static final Pattern REGION = Pattern.compile("[0-9]{3}");
    static final Pattern PRINCIPLE = Pattern.compile("[a-z]+(-[a-z]+)*");
    static final int MAX_ID_LENGTH = 120;

    private Checks() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and may not be blank");
        }
        return value;
    }

    /** An identifier: opaque to consumers, at most as long as an outbox aggregate id. */
    static String id(String field, String value) {
        text(field, value);
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return value;
    }

    static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    static String country(String field, String value) {
        return matching(field, value, COUNTRY, "an ISO 3166-1 alpha-3 code such as KEN");
    }

    static String matching(String field, String value, Pattern pattern, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + what + ", got: " + value);
        }
        return value;
    }

    /** GCM objectives: at least one, each 1 to 23, no repeats. */
    static List<Integer> objectives(String field, List<Integer> objectives) {
        if (objectives == null || objectives.isEmpty()) {
            throw new IllegalArgumentException(field + " must name at least one GCM objective");
        }
        for (Integer objective : objectives) {
            if (objective == null || objective < 1 || objective > 23) {
                throw new IllegalArgumentException(field + " holds " + objective + ", not a GCM objective (1 to 23)");
            }
        }
        return distinct(field, objectives);
    }

    /** A list that may be empty: absent means empty; no nulls, no repeats. */
    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " may not contain null");
            }
        }
        return distinct(field, values);
    }

    /** A list of texts that may be empty; none blank. */
    static List<String> texts(String field, List<String> values) {
        List<String> checked = list(field, values);
        checked.forEach(value -> text(field, value));
        return checked;
    }

    static List<String> each(String field, List<String> values, Pattern pattern, String what) {
        List<String> checked = list(field, values);
        checked.forEach(value -> matching(field, value, pattern, what));
        return checked;
    }

    private static <T> List<T> distinct(String field, List<T> values) {
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException(field + " repeats a value: " + values);
        }
        return List.copyOf(values);
    }
}
