package org.gcm.fund.service;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.domain.Amounts;

/**
 * Money as every GCM API shows it, in commands and in answers alike: a decimal string with at most two decimals and an
 * ISO 4217 currency.
 */
@Schema(name = "Money", description = "An amount of money", example = "{\"amount\": \"1250000.00\", \"currency\": \"EUR\"}")
public record MoneyJson(
        @NotNull @Pattern(regexp = "[0-9]{1,17}(\\.[0-9]{1,2})?", message = "must be a positive decimal string with at most two decimals")
        @Schema(example = "1250000.00", pattern = "^[0-9]{1,17}(\\.[0-9]{1,2})?$") String amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        @Schema(example = "EUR", pattern = "^[A-Z]{3}$") String currency) {

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
