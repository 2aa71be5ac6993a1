package org.gcm.fund.service.tranches;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.PlausibleDate;

/** The commands of an approved grant's money: its tranches, their disbursement, the closure, follow-on funding. */
public final class TrancheCommands {

    private TrancheCommands() {
    }

    @Schema(name = "NewTranche", example = "{\"amount\": {\"amount\": \"100000.00\", \"currency\": \"USD\"}, \"plannedOn\": \"2027-01-15\"}")
    public record NewTranche(@NotNull @Valid MoneyJson amount, @NotNull @PlausibleDate @Schema(description = PlausibleDate.RANGE) LocalDate plannedOn) {
    }

    @Schema(name = "Disbursement", example = "{\"disbursedOn\": \"2027-01-20\"}")
    public record Disbursement(@NotNull @PlausibleDate @Schema(description = PlausibleDate.RANGE) LocalDate disbursedOn) {
    }

    @Schema(name = "Closure", example = """
            {"finalExpenditure": {"amount": "240000.00", "currency": "USD"}, "finalReport": "All outputs delivered."}""")
    public record Closure(@NotNull @Valid MoneyJson finalExpenditure, @NotBlank @Size(max = 20000) String finalReport) {
    }

    @Schema(name = "NewFollowOnFunding", example = """
            {"source": "World Bank", "amount": {"amount": "1500000.00", "currency": "USD"}, "securedOn": "2028-09-01"}""")
    public record NewFollowOnFunding(@NotBlank @Size(max = 300) String source, @NotNull @Valid MoneyJson amount,
            @NotNull @PlausibleDate @Schema(description = PlausibleDate.RANGE) LocalDate securedOn) {
    }
}
