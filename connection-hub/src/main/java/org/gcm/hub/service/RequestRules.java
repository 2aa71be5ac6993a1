package org.gcm.hub.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gcm.hub.rest.MoneyInput;
import org.gcm.hub.rest.RequestInput;
import org.gcm.hub.service.reference.ReferenceData;
import org.gcm.problem.FieldError;
import org.gcm.problem.ProblemException;

/** The checks of a request's content that Bean Validation cannot make: code lists, dates, money. */
@ApplicationScoped
public class RequestRules {

    @Inject
    ReferenceData reference;

    public void check(RequestInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (!reference.isCountry(input.country())) {
            errors.add(new FieldError("country", "iso-3166-alpha-3", "must be an existing ISO 3166-1 alpha-3 code"));
        }
        if (new HashSet<>(input.objectives()).size() != input.objectives().size()) {
            errors.add(new FieldError("objectives", "unique", "must not repeat an objective"));
        }
        if (new HashSet<>(input.supportTypes()).size() != input.supportTypes().size()) {
            errors.add(new FieldError("supportTypes", "unique", "must not repeat a support type"));
        }
        List<String> principles = input.guidingPrinciples() == null ? List.of() : input.guidingPrinciples();
        for (int i = 0; i < principles.size(); i++) {
            if (!reference.isPrinciple(principles.get(i))) {
                errors.add(new FieldError("guidingPrinciples[" + i + "]", "guiding-principle",
                        "must be one of " + reference.principleCodes()));
            }
        }
        languages("languages", input.languages(), errors);
        money("estimatedBudget", input.estimatedBudget(), errors);
        if (input.endDate().isBefore(input.startDate())) {
            errors.add(new FieldError("endDate", "not-before-start", "must not be before startDate"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    public void languages(String field, List<String> languages, List<FieldError> errors) {
        List<String> codes = languages == null ? List.of() : languages;
        for (int i = 0; i < codes.size(); i++) {
            if (!reference.isLanguage(codes.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "iso-639-1", "must be an ISO 639-1 code such as es"));
            }
        }
    }

    public static void money(String field, MoneyInput money, List<FieldError> errors) {
        if (!isCurrency(money.currency())) {
            errors.add(new FieldError(field + ".currency", "iso-4217", "must be an existing ISO 4217 code"));
        }
        if (money.value().compareTo(BigDecimal.ZERO) <= 0) {
            errors.add(new FieldError(field + ".amount", "positive", "must be more than zero"));
        }
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
