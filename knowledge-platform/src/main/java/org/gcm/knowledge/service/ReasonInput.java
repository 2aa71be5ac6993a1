package org.gcm.knowledge.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an editor requests changes or rejects: required, since the submitter must learn what to do or why not. */
@Schema(example = "{\"reason\": \"Please add the results of the 2023 evaluation.\"}")
public record ReasonInput(@NotBlank @Size(max = ReasonInput.REASON_MAX) String reason) {

    public static final int REASON_MAX = 4000;
}
