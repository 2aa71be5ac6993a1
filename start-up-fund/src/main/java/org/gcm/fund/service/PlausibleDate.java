package org.gcm.fund.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date the fund's business can have: from 2000 (before the Compact, for old agreements) to the end of 2099. Year 0
 * and year 99999 parse as ISO 8601 but are typing mistakes, and year 0 was once stored as year 1.
 * {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    LocalDate LATEST = LocalDate.of(2099, 12, 31);
    /** For the OpenAPI descriptions of date fields: what the server accepts. */
    String RANGE = "A date from 2000-01-01 to 2099-12-31.";

    String message() default "must be a date from 2000-01-01 to 2099-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
        }
    }
}
