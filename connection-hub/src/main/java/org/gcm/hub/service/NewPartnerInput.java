package org.gcm.hub.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new registry entry: its id (the {@code partner_id} claim of its users) and its profile. */
@Schema(name = "NewPartner")
public record NewPartnerInput(
        @NotNull @Pattern(regexp = "PRT-[A-Z0-9][A-Z0-9-]{1,55}", message = "must look like PRT-IOM")
        @Schema(example = "PRT-IOM", maxLength = 60) String id,
        @NotNull @Valid PartnerInput profile,
        @Schema(description = "verified at once (the secretariat checked it already)", example = "true") Boolean verified) {
}
