package org.gcm.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.gcm.refusals.FieldError;
import org.gcm.refusals.InvalidInput;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Explains why a request body could not be read as JSON of the expected shape, naming the field. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Response.ResponseBuilder of(JsonProcessingException e, String instance) {
        FieldError inValue = parseRefusalInValue(e);
        if (inValue != null) {
            return invalid(inValue, instance);
        }
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ProblemResponses.of(ProblemType.MALFORMED_JSON, 400, syntaxDetail(e), instance, List.of());
        }
        return invalid(fieldError(mapping), instance);
    }

    private static Response.ResponseBuilder invalid(FieldError error, String instance) {
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, InvalidInput.summary(List.of(error)), instance,
                List.of(error));
    }

    /**
     * A refusal of the parser inside an object, named with the field's path: a key given twice (which of the two
     * values was meant cannot be known, so neither is taken), or a value that is not JSON, such as {@code NaN} or
     * {@code Infinity} where a number is expected. Without this the field would be named by the object around it.
     */
    private static FieldError parseRefusalInValue(Throwable e) {
        // Inside a nested object the parser's refusal arrives wrapped, with a path that stops at the object.
        while (e != null && !(e instanceof JsonParseException)) {
            e = e.getCause();
        }
        if (!(e instanceof JsonParseException parse) || parse.getProcessor() == null
                || parse.getOriginalMessage() == null) {
            return null;
        }
        JsonStreamContext context = parse.getProcessor().getParsingContext();
        if (parse.getOriginalMessage().startsWith("Duplicate field")) {
            return new FieldError(pathOf(context), "unique-key", "is given more than once in the same object");
        }
        if (!context.inRoot() && parse.getOriginalMessage().startsWith("Non-standard token")) {
            return new FieldError(pathOf(context), "type", "must be a JSON number; NaN and Infinity are not numbers");
        }
        return null;
    }

    /** {@code profile.expertise[0].objective}: each object's field name, each array's index, innermost last. */
    private static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inArray()) {
                String after = path.isEmpty() || path.charAt(0) == '[' ? "" : ".";
                path.insert(0, "[" + Math.max(step.getCurrentIndex(), 0) + "]" + after);
            } else if (step.getCurrentName() != null) {
                path.insert(0, (path.isEmpty() || path.charAt(0) == '[' ? "" : ".")).insert(0, step.getCurrentName());
            }
        }
        return path.toString();
    }

    private static FieldError fieldError(JsonMappingException e) {
        String field = jsonPath(e.getPath());
        if (e instanceof ControlCharacters.Refused) {
            return new FieldError(field, ControlCharacters.RULE, ControlCharacters.MESSAGE);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(field, "unknown-field",
                    "is not a field of this resource; known fields: " + unknown.getKnownPropertyIds());
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            return new FieldError(field, "value", invalid.getCause().getMessage());
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            return new FieldError(field, "type", expected(target));
        }
        return new FieldError(field, "type", "has a value of the wrong type");
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "has a value of the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (Iterable.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be " + describe(target);
    }

    private static String describe(Class<?> target) {
        return switch (target.getSimpleName()) {
            case "LocalDate" -> "an ISO 8601 date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "an ISO 8601 date-time with offset";
            case "UUID" -> "a UUID";
            default -> "a JSON object of the expected shape (" + target.getSimpleName() + ")";
        };
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String syntaxDetail(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String what = e.getOriginalMessage();
        // Jackson's messages can quote the whole body: keep the first line only.
        int newline = what == null ? -1 : what.indexOf('\n');
        String first = newline > 0 ? what.substring(0, newline) : String.valueOf(what);
        return where == null ? first
                : first + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
}
