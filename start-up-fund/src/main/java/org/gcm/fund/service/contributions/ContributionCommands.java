package org.gcm.fund.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.domain.EarmarkKind;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.PlausibleDate;

/** The commands of the contribution endpoints: the request bodies, validated as they arrive. */
public final class ContributionCommands {

    private ContributionCommands() {
    }

    @Schema(name = "Earmarking", description = "UNEARMARKED (no value), THEMATIC_AREA (TA1..), OBJECTIVE (1..23) or COUNTRY (ISO alpha-3)",
            example = "{\"kind\": \"THEMATIC_AREA\", \"value\": \"TA2\"}")
    public record EarmarkingJson(@NotNull EarmarkKind kind,
            @Size(max = 10) @Schema(description = "TA1.., 1..23 or an alpha-3 country; absent for UNEARMARKED") String value) {
    }

    @Schema(name = "NewContribution", example = """
            {"contributorId": "CTR-DEMO-001", "amount": {"amount": "1000000.00", "currency": "EUR"},
             "earmarking": {"kind": "THEMATIC_AREA", "value": "TA2"}, "pledgedOn": "2026-11-02"}""")
    public record NewContribution(
            @Pattern(regexp = "CTR-[A-Z0-9-]{1,36}", message = "must look like CTR-DEU-001") @Size(max = 40)
            @Schema(description = "The contributor; a donor may leave it out (its own) and may name only itself")
            String contributorId,
            @NotNull @Valid MoneyJson amount,
            @NotNull @Valid EarmarkingJson earmarking,
            @PlausibleDate @Schema(description = "Date of the pledge; today when absent. " + PlausibleDate.RANGE)
            LocalDate pledgedOn) {
    }

    @Schema(name = "Commitment", example = "{\"agreementReference\": \"SAA-2026-0042\", \"signedOn\": \"2026-11-15\"}")
    public record Commitment(@NotBlank @Size(max = 120) String agreementReference,
            @NotNull @PlausibleDate @Schema(description = PlausibleDate.RANGE) LocalDate signedOn) {
    }

    @Schema(name = "NewDeposit", example = """
            {"amount": {"amount": "1000000.00", "currency": "EUR"}, "exchangeRate": "1.0842", "depositedOn": "2026-11-20"}""")
    public record NewDeposit(
            @NotNull @Valid MoneyJson amount,
            @NotNull @Pattern(regexp = RATE, message = "must be a decimal string with at most 14 digits and 10 decimals")
            @DecimalMin(value = "0", inclusive = false, message = "must be more than zero")
            @Schema(example = "1.0842", pattern = "^" + RATE + "$", maxLength = 25,
                    description = "US dollars per one unit of the contribution's currency (1 for USD), a decimal string: numeric(24,10) holds it")
            String exchangeRate,
            @NotNull @PlausibleDate @Schema(description = PlausibleDate.RANGE) LocalDate depositedOn) {

        /** A rate as the books hold it: numeric(24,10). */
        public static final String RATE = "[0-9]{1,14}(\\.[0-9]{1,10})?";

        public BigDecimal rate() {
            return new BigDecimal(exchangeRate);
        }
    }

    @Schema(name = "Cancellation", example = "{\"reason\": \"Budget cut announced by the contributor\"}")
    public record Cancellation(@NotBlank @Size(max = 1000) String reason) {
    }
}
