package org.gcm.fund.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A currency money may be given in: checked with the money, as it arrives, so that no endpoint can forget it (a pledge
 * in XXX, "no currency", was once accepted). {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CurrencyCode.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyCode {

    String message() default Currencies.NOT_A_CURRENCY;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Check implements ConstraintValidator<CurrencyCode, String> {

        private final Currencies currencies;

        Check(Currencies currencies) {
            this.currencies = currencies;
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || currencies.known(code);
        }
    }
}
