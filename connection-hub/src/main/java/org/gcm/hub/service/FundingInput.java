package org.gcm.hub.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the secretariat asks of the start-up fund for a request whose implementation is agreed; the agreed
 * partners are taken from the accepted engagements.
 */
@Schema(name = "FundingRequest")
public record FundingInput(
        @NotNull @Valid MoneyInput requestedAmount,
        @Size(max = 20) List<@NotNull @Valid CoFundingInput> coFunding,
        @Size(max = 2000) @Schema(example = "Seed funding for the first year.") String comment) {

    @Schema(name = "CoFundingDeclaration")
    public record CoFundingInput(@NotBlank @Size(max = 200) @Schema(example = "Government of Mexico") String source,
            @NotNull @Valid MoneyInput amount) {
    }
}
