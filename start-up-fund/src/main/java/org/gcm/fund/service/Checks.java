package org.gcm.fund.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gcm.problem.FieldError;
import org.gcm.problem.ProblemException;

/** Collects the business-rule errors of one request, then refuses it naming every one (400 problem+json). */
final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    Checks require(boolean holds, String field, String rule, String message) {
        if (!holds) {
            errors.add(new FieldError(field, rule, message));
        }
        return this;
    }

    Checks country(String code, String field) {
        return require(code == null || Codes.country(code), field, "iso-3166-alpha-3",
                "must be an ISO 3166-1 alpha-3 country code such as KEN");
    }

    Checks currency(String code, String field) {
        return require(code == null || Codes.currency(code), field, "iso-4217",
                "must be an ISO 4217 currency code such as EUR");
    }

    Checks positive(BigDecimal amount, String field) {
        return require(amount == null || amount.signum() > 0, field, "positive", "must be more than zero");
    }

    Checks minorUnits(BigDecimal amount, String currency, String field) {
        if (amount != null && currency != null && Codes.currency(currency)) {
            int allowed = Math.min(2, Codes.decimals(currency));
            require(amount.stripTrailingZeros().scale() <= allowed, field, "minor-units",
                    "must have at most " + allowed + " decimals in " + currency);
        }
        return this;
    }

    void orRefuse() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
