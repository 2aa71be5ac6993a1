package org.gcm.refusals;

/**
 * One invalid input value: where it is and which rule it broke.
 *
 * @param field   the JSON path of the value in the request body (for example {@code budget.amount} or
 *                {@code objectives[2]}), or the name of the query, path or header parameter
 * @param rule    the rule that was broken, for machines (for example {@code NotNull}, {@code Size},
 *                {@code type}, {@code unknown-field})
 * @param message the same in words, for people
 */
public record FieldError(String field, String rule, String message) {
}
