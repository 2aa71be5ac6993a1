package org.gcm.hub.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.domain.EngagementRole;

/** The secretariat proposes that a partner take a role in a request's implementation. */
@Schema(name = "EngagementProposal")
public record EngagementInput(
        @NotBlank @Size(max = 60) @Schema(description = "the id of a verified partner in the registry", example = "PRT-IOM") String partnerId,
        @NotNull @Schema(example = "LEAD") EngagementRole role,
        @Size(max = 2000) @Schema(example = "Lead on the information centres; IOM has offices in all three states.") String note) {
}
