package org.gcm.fund.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.domain.EarmarkKind;
import org.gcm.fund.service.MoneyJson;

/** The commands of the contribution endpoints: the request bodies, validated as they arrive. */
public final class ContributionCommands {

    private ContributionCommands() {
    }

    @Schema(name = "Earmarking", description = "UNEARMARKED (no value), THEMATIC_AREA (TA1..), OBJECTIVE (1..23) or COUNTRY (ISO alpha-3)",
            example = "{\"kind\": \"THEMATIC_AREA\", \"value\": \"TA2\"}")
    public record EarmarkingJson(@NotNull EarmarkKind kind, @Size(max = 10) String value) {
    }

    @Schema(name = "NewContribution", example = """
            {"contributorId": "CTR-DEMO-001", "amount": {"amount": "1000000.00", "currency": "EUR"},
             "earmarking": {"kind": "THEMATIC_AREA", "value": "TA2"}, "pledgedOn": "2026-11-02"}""")
    public record NewContribution(
            @Schema(description = "The contributor; a donor may leave it out (its own) and may name only itself")
            String contributorId,
            @NotNull @Valid MoneyJson amount,
            @NotNull @Valid EarmarkingJson earmarking,
            @Schema(description = "Date of the pledge; today when absent") LocalDate pledgedOn) {
    }

    @Schema(name = "Commitment", example = "{\"agreementReference\": \"SAA-2026-0042\", \"signedOn\": \"2026-11-15\"}")
    public record Commitment(@NotBlank @Size(max = 120) String agreementReference, @NotNull LocalDate signedOn) {
    }

    @Schema(name = "NewDeposit", example = """
            {"amount": {"amount": "1000000.00", "currency": "EUR"}, "exchangeRate": "1.0842", "depositedOn": "2026-11-20"}""")
    public record NewDeposit(
            @NotNull @Valid MoneyJson amount,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than zero")
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "1.0842",
                    description = "US dollars per one unit of the contribution's currency (1 for USD)")
            BigDecimal exchangeRate,
            @NotNull LocalDate depositedOn) {
    }

    @Schema(name = "Cancellation", example = "{\"reason\": \"Budget cut announced by the contributor\"}")
    public record Cancellation(@NotBlank @Size(max = 1000) String reason) {
    }
}
