package org.gcm.fund.service;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.domain.Amounts;

/**
 * Money as every GCM API shows it, in commands and in answers alike: a decimal string with at most two decimals and an
 * ISO 4217 currency. Both are checked as the money arrives, whatever the endpoint: the pattern bounds the magnitude to
 * what the books' numeric(19,2) holds, and {@link CurrencyCode} keeps out codes that are no currency.
 */
@Schema(name = "Money", description = "An amount of money", example = "{\"amount\": \"1250000.00\", \"currency\": \"EUR\"}")
public record MoneyJson(
        @NotNull @Pattern(regexp = "[0-9]{1,17}(\\.[0-9]{1,2})?", message = "must be a positive decimal string with at most two decimals")
        @Schema(example = "1250000.00", pattern = "^[0-9]{1,17}(\\.[0-9]{1,2})?$", maxLength = 20,
                description = "A decimal string: up to 17 digits, at most two decimals (numeric(19,2) holds it)") String amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") @CurrencyCode
        @Schema(example = "EUR", pattern = "^[A-Z]{3}$", maxLength = 3,
                description = "An active ISO 4217 code of a real currency: not XXX, XTS, a metal or a fund code") String currency) {

    public static MoneyJson of(BigDecimal amount, String currency) {
        return new MoneyJson(amount == null ? null : Amounts.cents(amount).toPlainString(), currency);
    }

    public static MoneyJson usd(BigDecimal amount) {
        return of(amount, Amounts.USD);
    }

    public BigDecimal value() {
        return new BigDecimal(amount);
    }
}
