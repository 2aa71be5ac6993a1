package org.gcm.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.gcm.refusals.InvalidInput;

/**
 * Query values are read as strictly as bodies. JAX-RS reads {@code yes} as a false boolean and answers a value it
 * cannot convert ({@code limit=abc}, a malformed UUID or date) with 404, as if the path did not exist; here a
 * boolean is {@code true} or {@code false}, a whole number has digits only, a decimal is finite and written plainly
 * (no {@code NaN}, no {@code 1e9999}), a UUID and a date are in their canonical form, an enum is one of its
 * constants, and any other value gets a 400 naming the parameter. Path values are left to JAX-RS: a path that
 * names no resource is a 404.
 */
@Provider
public class StrictQueryValues implements ParamConverterProvider {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,10})?");
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = annotations == null ? null : Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        Function<String, ?> read = reader(rawType);
        if (read != null) {
            return (ParamConverter<T>) new Strict<>(name, expected(rawType), read);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Strict<>(name, "must be one of " + Arrays.toString(type.getEnumConstants()),
                    value -> Enum.valueOf(type, value));
        }
        return null;
    }

    private static Function<String, ?> reader(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return value -> Boolean.valueOf(matching(value, BOOLEAN));
        }
        if (type == Integer.class || type == int.class) {
            return value -> Integer.valueOf(matching(value, WHOLE));
        }
        if (type == Long.class || type == long.class) {
            return value -> Long.valueOf(matching(value, WHOLE));
        }
        if (type == Double.class || type == double.class) {
            return value -> Double.valueOf(matching(value, DECIMAL));
        }
        if (type == BigDecimal.class) {
            return value -> new BigDecimal(matching(value, DECIMAL));
        }
        if (type == UUID.class) {
            return value -> UUID.fromString(matching(value, UUID_FORM));
        }
        if (type == LocalDate.class) {
            return value -> LocalDate.parse(matching(value, DATE));
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Double.class || type == double.class || type == BigDecimal.class) {
            return "must be a decimal number such as 12.5";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        return "must be a date such as 2027-01-31";
    }

    private static String matching(String value, Pattern form) {
        if (!form.matcher(value).matches()) {
            throw new IllegalArgumentException("not in the expected form");
        }
        return value;
    }

    /** Reads one parameter; a value it cannot read is refused as that parameter's invalid input. */
    private record Strict<T>(String name, String expected, Function<String, T> read) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value);
            } catch (RuntimeException e) {
                // JAX-RS lets only its own exceptions out of a converter; problem-details answers the refusal inside.
                throw new BadRequestException(InvalidInput.of(name, "type", expected));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
