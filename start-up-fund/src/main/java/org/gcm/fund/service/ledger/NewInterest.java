package org.gcm.fund.service.ledger;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.PlausibleDate;

/** Interest the fund's cash earned, as a fund manager records it. */
@Schema(name = "NewInterest", example = "{\"amount\": {\"amount\": \"1250.40\", \"currency\": \"USD\"}, \"earnedOn\": \"2026-12-31\"}")
public record NewInterest(@NotNull @Valid MoneyJson amount, @NotNull @PlausibleDate @Schema(description = PlausibleDate.RANGE) LocalDate earnedOn) {
}
