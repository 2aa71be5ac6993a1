package org.gcm.fund.service.grants;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.events.contract.payload.AuthorityLevel;
import org.gcm.events.contract.payload.ImplementingOrganisation.Role;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.PlausibleDate;

/** The commands of the grant endpoints: the request bodies, validated as they arrive. */
public final class GrantCommands {

    private GrantCommands() {
    }

    @Schema(name = "CoFunding")
    public record CoFundingJson(@NotBlank @Size(max = 300) String source, @NotNull @Valid MoneyJson amount) {
    }

    @Schema(name = "ImplementingOrganisation")
    public record OrganisationJson(@NotBlank @Size(max = 120) String partnerId, @NotBlank @Size(max = 300) String name,
            @NotNull Role role) {
    }

    @Schema(name = "NewGrant", example = """
            {"requestId": "REQ-2026-000123", "requestingCountry": "KEN", "authorityLevel": "NATIONAL",
             "title": "Labour migration data for county planning", "description": "Seed funding for a joint data project",
             "objectives": [1, 6], "requestedAmount": {"amount": "250000.00", "currency": "USD"},
             "estimatedBudget": {"amount": "600000.00", "currency": "USD"},
             "coFunding": [{"source": "Government of Kenya", "amount": {"amount": "150000.00", "currency": "USD"}}],
             "startDate": "2027-01-01", "endDate": "2028-06-30",
             "implementingOrganisations": [{"partnerId": "PTN-IOM", "name": "IOM", "role": "LEAD"},
                                           {"partnerId": "PTN-ILO", "name": "ILO", "role": "PARTNER"}],
             "genderMarker": 1, "humanRightsMarker": 2}""")
    public record NewGrant(
            @NotBlank @Size(max = 120) String requestId,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as KEN")
            @Schema(maxLength = 3) String requestingCountry,
            @NotNull AuthorityLevel authorityLevel,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 10000) String description,
            @NotEmpty @Size(max = 23) List<@NotNull @Min(1) @Max(23) Integer> objectives,
            @NotNull @Valid MoneyJson requestedAmount,
            @NotNull @Valid MoneyJson estimatedBudget,
            @Size(max = 50) List<@Valid @NotNull CoFundingJson> coFunding,
            @NotNull @PlausibleDate @Schema(description = PlausibleDate.RANGE) LocalDate startDate,
            @NotNull @PlausibleDate @Schema(description = PlausibleDate.RANGE + " Not before startDate.") LocalDate endDate,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull OrganisationJson> implementingOrganisations,
            @Min(0) @Max(2) @Schema(description = "Gender equality policy significance 0, 1 or 2 (IATI PolicySignificance)") Integer genderMarker,
            @Min(0) @Max(2) @Schema(description = "Human-rights policy significance 0, 1 or 2") Integer humanRightsMarker) {
    }

    @Schema(name = "Markers", example = "{\"genderMarker\": 1, \"humanRightsMarker\": 2}")
    public record Markers(@NotNull @Min(0) @Max(2) Integer genderMarker, @NotNull @Min(0) @Max(2) Integer humanRightsMarker) {
    }

    @Schema(name = "NewNote", example = "{\"text\": \"Strong national ownership; budget lines for data collection are clear.\"}")
    public record NewNote(@NotBlank @Size(max = 4000) String text) {
    }

    @Schema(name = "Approval", example = "{\"approvedAmount\": {\"amount\": \"250000.00\", \"currency\": \"USD\"}}")
    public record Approval(@Valid @Schema(description = "The grant, in USD; the requested amount when absent") MoneyJson approvedAmount) {
    }

    @Schema(name = "Rejection", example = "{\"reason\": \"The project duplicates an activity funded in 2026.\"}")
    public record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }
}
