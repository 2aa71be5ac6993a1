package org.gcm.fund.rest.iati;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLStreamException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.fund.service.iati.IatiExport;

/**
 * The fund's IATI 2.03 activity file, public as the fund's figures are (the gateway lets anonymous callers read
 * {@code /api/fund/iati/*}).
 */
@Path("/iati")
@PermitAll
@SecurityRequirements
@Tag(name = "IATI", description = "The fund and its seed grants in the IATI 2.03 standard, for donor portals; no token needed")
public class IatiResource {

    private final IatiExport export;

    IatiResource(IatiExport export) {
        this.export = export;
    }

    @GET
    @Path("/activities.xml")
    @Produces(IatiXml.MEDIA_TYPE)
    @Operation(operationId = "getIatiActivities", summary = "The fund and its seed grants as IATI 2.03 activities",
            description = "An iati-activities document (version 2.03): the fund as the hierarchy-1 activity with its incoming pledges (13), commitments (11) and funds (1) in the contributors' original currencies, and its outgoing commitments (2) and disbursements (3) in USD; each approved seed grant as a hierarchy-2 activity with its implementing organisations (role 4), recipient country, status, dates, budget, DAC purpose code 15190 and its GCM objectives as tags (vocabulary 99) pointing at the knowledge platform's SKOS concept scheme.")
    @APIResponse(responseCode = "200", description = "The activity file", content = @Content(mediaType = IatiXml.MEDIA_TYPE,
            examples = @ExampleObject(name = "activities", value = """
                    <iati-activities version="2.03"><iati-activity hierarchy="1" default-currency="USD"><iati-identifier>XX-GCM-SUF-FUND</iati-identifier>
                    <reporting-org ref="XX-GCM-SUF" type="40"><narrative>Secretariat of the start-up fund</narrative></reporting-org>
                    <transaction ref="deposit-…"><transaction-type code="1"/><transaction-date iso-date="2026-11-20"/><value currency="EUR" value-date="2026-11-20">1000000.00</value></transaction>
                    </iati-activity></iati-activities>""")))
    @APIResponse(responseCode = "406", description = "The caller accepts no XML")
    public Response activities() throws XMLStreamException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        IatiXml.write(export.activities(), body);
        return Response.ok(body.toByteArray(), IatiXml.MEDIA_TYPE + "; charset=utf-8").build();
    }
}
