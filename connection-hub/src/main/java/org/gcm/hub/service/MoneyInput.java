package org.gcm.hub.service;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money as every API of the mechanism writes it: a decimal string and an ISO 4217 currency. */
@Schema(name = "Money", example = "{\"amount\": \"1250000.00\", \"currency\": \"EUR\"}")
public record MoneyInput(
        @NotNull @Pattern(regexp = "[0-9]{1,17}(\\.[0-9]{1,2})?", message = "must be a decimal string with at most two decimals")
        @Schema(description = "decimal string, at most two decimals", example = "1250000.00", maxLength = 20) String amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        @Schema(description = "ISO 4217 code", example = "EUR", maxLength = 3) String currency) {

    public BigDecimal value() {
        return new BigDecimal(amount);
    }

    public static MoneyInput of(BigDecimal amount, String currency) {
        return amount == null ? null : new MoneyInput(amount.setScale(2).toPlainString(), currency);
    }
}
