package org.gcm.fund.service.contributions;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The commands of the contributor endpoints: the request bodies, validated as they arrive. */
public final class ContributorCommands {

    private ContributorCommands() {
    }

    @Schema(name = "NewContributor", example = """
            {"id": "CTR-DEU-001", "name": "Federal Foreign Office of Germany", "organisationType": "10", "country": "DEU",
             "contacts": [{"name": "Anna Schmidt", "email": "anna.schmidt@example.org", "role": "Desk officer"}]}""")
    public record NewContributor(
            @Pattern(regexp = "CTR-[A-Z0-9-]{1,36}", message = "must look like CTR-DEU-001")
            @Size(max = 40)
            @Schema(description = "The contributor's id, also the contributor_id claim of its users; generated when absent")
            String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "[0-9]{2}", message = "must be an IATI organisation type code such as 10")
            @Schema(maxLength = 2, description = "IATI organisation type: 10 government, 40 multilateral, 60 foundation, 70 private sector, ...")
            String organisationType,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as DEU")
            @Schema(description = "ISO 3166-1 alpha-3; required for governments and other public sector", maxLength = 3) String country,
            @Size(max = 20) List<@Valid @NotNull ContactJson> contacts) {
    }

    @Schema(name = "Contact")
    public record ContactJson(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 200) String email,
            @Size(max = 200) String role) {
    }
}
