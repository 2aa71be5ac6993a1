package org.gcm.hub.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.reference.GuidingPrinciple;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.InvalidInput;

/**
 * The checks of a request's content that Bean Validation cannot make: code lists (countries and guiding principles
 * and currencies from reference-data; languages from the JDK), dates, money.
 */
@ApplicationScoped
public class RequestRules {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ReferenceData reference;

    public RequestRules(ReferenceData reference) {
        this.reference = reference;
    }

    public void check(RequestInput input) {
        InvalidInput.Checks checks = InvalidInput.check()
                .require(reference.isCountry(input.country()), "country", "iso-3166-alpha-3",
                        "must be an existing ISO 3166-1 alpha-3 code")
                .require(new HashSet<>(input.objectives()).size() == input.objectives().size(), "objectives", "unique",
                        "must not repeat an objective")
                .require(new HashSet<>(input.supportTypes()).size() == input.supportTypes().size(), "supportTypes",
                        "unique", "must not repeat a support type");
        List<String> principles = input.guidingPrinciples() == null ? List.of() : input.guidingPrinciples();
        for (int i = 0; i < principles.size(); i++) {
            checks.require(reference.isPrinciple(principles.get(i)), "guidingPrinciples[" + i + "]",
                    "guiding-principle", "must be one of " + principleCodes());
        }
        languages("languages", input.languages(), checks);
        money("estimatedBudget", input.estimatedBudget(), checks);
        plausible("startDate", input.startDate(), checks);
        plausible("endDate", input.endDate(), checks);
        checks.require(!input.endDate().isBefore(input.startDate()), "endDate", "not-before-start",
                "must not be before startDate")
                .orRefuse();
    }

    /**
     * A date a capacity-building project can have: the mechanism dates from 2018 and plans a few years ahead, so this
     * century covers any real one while refusing year 0 or 99999 typed by mistake.
     */
    static void plausible(String field, LocalDate date, InvalidInput.Checks checks) {
        checks.require(!date.isBefore(EARLIEST) && !date.isAfter(LATEST), field, "plausible-date",
                "must be from " + EARLIEST + " to " + LATEST);
    }

    /** Each code an ISO 639-1 language. */
    public static void languages(String field, List<String> languages, InvalidInput.Checks checks) {
        List<String> codes = languages == null ? List.of() : languages;
        for (int i = 0; i < codes.size(); i++) {
            checks.require(codes.get(i) != null && LANGUAGES.contains(codes.get(i)), field + "[" + i + "]",
                    "iso-639-1", "must be an ISO 639-1 code such as es");
        }
    }

    /** An ISO 4217 currency in use (not XXX, XTS or a metal) and an amount above zero. */
    public void money(String field, MoneyInput money, InvalidInput.Checks checks) {
        checks.require(reference.isCurrency(money.currency()), field + ".currency", "iso-4217",
                        "must be an ISO 4217 currency in use, such as EUR")
                .require(money.value().compareTo(BigDecimal.ZERO) > 0, field + ".amount", "positive",
                        "must be more than zero");
    }

    private List<String> principleCodes() {
        return reference.principles().stream().map(GuidingPrinciple::code).toList();
    }
}
