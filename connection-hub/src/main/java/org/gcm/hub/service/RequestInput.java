package org.gcm.hub.service;

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
import org.gcm.events.contract.payload.SupportType;

/** What a Member State writes in a country request (create and edit). */
@Schema(name = "RequestInput")
public record RequestInput(
        @NotBlank @Size(max = 200) @Schema(example = "Labour migration information centres") String title,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as MEX")
        @Schema(description = "ISO 3166-1 alpha-3 code of the requesting country; must be the caller's", example = "MEX",
                maxLength = 3)
        String country,
        @NotNull AuthorityLevel authorityLevel,
        @NotEmpty @Size(max = 23) @Schema(description = "GCM objectives 1 to 23, at least one", example = "[3, 6]")
        List<@NotNull @Min(1) @Max(23) Integer> objectives,
        @Size(max = 10) @Schema(description = "codes of the GCM guiding principles", example = "[\"people-centred\", \"gender-responsive\"]")
        List<@NotBlank @Size(max = 60) String> guidingPrinciples,
        @NotEmpty @Size(max = 4) List<@NotNull SupportType> supportTypes,
        @Size(max = 10) @Schema(description = "ISO 639-1 codes of the working languages", example = "[\"es\", \"en\"]")
        List<@NotNull @Size(min = 2, max = 2) String> languages,
        @NotBlank @Size(max = 10000) @Schema(example = "One-stop centres giving prospective labour migrants pre-departure training.")
        String description,
        @NotNull @Valid MoneyInput estimatedBudget,
        @NotNull @Schema(description = "from 2000-01-01 to 2100-12-31", example = "2027-01-01") LocalDate startDate,
        @NotNull @Schema(description = "from 2000-01-01 to 2100-12-31, not before startDate", example = "2028-06-30")
        LocalDate endDate,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid FocalPointInput> focalPoints) {
}
