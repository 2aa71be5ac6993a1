package org.gcm.hub.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Advice, a question or an answer, as text. */
@Schema(name = "Text")
public record TextInput(@NotBlank @Size(max = 10000)
        @Schema(example = "Please add the number of counties covered and the ministries involved.") String text) {
}
