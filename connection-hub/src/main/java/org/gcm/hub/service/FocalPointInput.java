package org.gcm.hub.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.domain.FocalPoint;

/** A contact person for a request. */
@Schema(name = "FocalPoint")
public record FocalPointInput(
        @NotBlank @Size(max = 200) @Schema(example = "Ana Torres") String name,
        @Size(max = 200) @Schema(example = "Director, Migration Policy Unit") String function,
        @NotBlank @Email @Size(max = 200) @Schema(example = "ana.torres@example.gob.mx") String email,
        @Size(max = 50) @Pattern(regexp = "\\+?[0-9][0-9 ().-]*", message = "must be a phone number: digits, spaces, ( ) . - and a leading +")
        @Schema(example = "+52 55 5555 0100") String phone) {

    public FocalPoint toDomain() {
        return new FocalPoint(name.strip(), function, email.strip(), phone);
    }

    public static FocalPointInput of(FocalPoint focalPoint) {
        return new FocalPointInput(focalPoint.name(), focalPoint.function(), focalPoint.email(), focalPoint.phone());
    }
}
