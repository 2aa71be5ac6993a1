package org.gcm.hub.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.domain.Expertise;

/** A partner's profile as the secretariat registers it or the partner keeps it current. */
@Schema(name = "PartnerProfile")
public record PartnerInput(
        @NotBlank @Size(max = 200) @Schema(example = "International Organization for Migration") String name,
        @Size(max = 40) @Schema(example = "IOM") String acronym,
        @NotNull @Schema(description = "a UN entity (true) or not") Boolean unEntity,
        @NotNull @Min(10) @Max(90)
        @Schema(description = "IATI organisation type code: 10 government, 21 international NGO, 40 multilateral, 80 academic, ...", example = "40")
        Integer organisationType,
        @NotNull @Size(max = 23) List<@NotNull @Valid ExpertiseInput> expertise,
        @NotNull @Size(max = 250) @Schema(description = "ISO 3166-1 alpha-3 codes of the countries where it operates", example = "[\"MEX\", \"GTM\"]")
        List<@NotNull @Size(min = 3, max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> countries,
        @NotNull @Size(min = 1, max = 20) @Schema(description = "ISO 639-1 codes of its working languages", example = "[\"en\", \"es\", \"fr\"]")
        List<@NotNull @Size(min = 2, max = 2) String> languages,
        @NotNull @Min(0) @Max(10000) @Schema(description = "how many engagements it can carry at once", example = "12") Integer capacity,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") @Schema(example = "https://www.iom.int")
        String website) {

    @Schema(name = "Expertise")
    public record ExpertiseInput(@NotNull @Min(1) @Max(23) @Schema(example = "6") Integer objective,
            @NotNull @Min(1) @Max(5) @Schema(description = "1 some, 3 substantial, 5 leading", example = "5") Integer level,
            @Min(0) @Max(200) @Schema(example = "20") Integer years) {

        public Expertise toDomain() {
            return new Expertise(objective, level, years);
        }
    }
}
