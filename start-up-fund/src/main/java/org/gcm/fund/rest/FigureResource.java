package org.gcm.fund.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.fund.service.figures.ContributorFigures;
import org.gcm.fund.service.figures.Figures;
import org.gcm.fund.service.figures.KeyFigures;
import org.gcm.fund.service.figures.Leverage;
import org.gcm.fund.service.figures.LeverageFigures;
import org.gcm.fund.service.figures.ThematicAreaFigures;
import org.gcm.fund.service.figures.ThematicAreas;

/**
 * The fund's public figures, readable without a token (the gateway lets anonymous callers reach
 * {@code /api/fund/figures} and {@code /api/fund/figures/*}). JSON, or CSV by {@code Accept: text/csv} or a
 * {@code .csv} variant.
 */
@Path("/figures")
@PermitAll
@SecurityRequirements
@Tag(name = "Public figures", description = "The fund's key figures, contributors, pipeline per thematic area and leverage; no token needed")
public class FigureResource {

    private static final String NOT_ACCEPTABLE = "Neither JSON nor CSV is acceptable to the caller";

    private final Figures figures;
    private final ThematicAreas thematicAreas;
    private final LeverageFigures leverage;
    private final FigureTables tables;

    FigureResource(Figures figures, ThematicAreas thematicAreas, LeverageFigures leverage, FigureTables tables) {
        this.figures = figures;
        this.thematicAreas = thematicAreas;
        this.leverage = leverage;
        this.tables = tables;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getKeyFigures", summary = "Key figures",
            description = "In the shape of the MPTF Office's fund factsheet, in USD: sources (contributions, interest), uses (transfers, refunds, net funded amount, administrative agent fees, indirect costs), balance (available, reserved), grants by state, and leverage. CSV with Accept: text/csv or at /figures/key-figures.csv.")
    @APIResponse(responseCode = "200", description = "The key figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeyFigures.class)))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public KeyFigures keyFigures() {
        return figures.keyFigures();
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getKeyFiguresCsv", summary = "Key figures as CSV", description = "Rows of section, item, amount in USD.")
    @APIResponse(responseCode = "200", description = "The key figures", content = @Content(mediaType = Csv.MEDIA_TYPE,
            examples = @ExampleObject(name = "key-figures", value = "section,item,amount_usd\r\nsources,contributions,1080000.00\r\n")))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public String keyFiguresCsv() {
        return tables.csv("key-figures");
    }

    @GET
    @Path("/contributors")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getContributorFigures", summary = "Contributors", description = "Each contributor's commitments (original currencies) and deposits (USD). CSV at /figures/contributors.csv.")
    @APIResponse(responseCode = "200", description = "The contributors")
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public List<ContributorFigures> contributors() {
        return figures.contributors();
    }

    @GET
    @Path("/contributors")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getContributorFiguresCsv", summary = "Contributors as CSV", description = "One row per contributor.")
    @APIResponse(responseCode = "200", description = "The contributors", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public String contributorsCsv() {
        return tables.csv("contributors");
    }

    @GET
    @Path("/thematic-areas")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getThematicAreaFigures", summary = "Pipeline against available balances per thematic area",
            description = "Available, approved, pipeline and gap per thematic area; the unearmarked and country-earmarked balances on their own lines. CSV at /figures/thematic-areas.csv.")
    @APIResponse(responseCode = "200", description = "The thematic areas")
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public List<ThematicAreaFigures> thematicAreas() {
        return thematicAreas.figures();
    }

    @GET
    @Path("/thematic-areas")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getThematicAreaFiguresCsv", summary = "Thematic areas as CSV", description = "One row per thematic area.")
    @APIResponse(responseCode = "200", description = "The thematic areas", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public String thematicAreasCsv() {
        return tables.csv("thematic-areas");
    }

    @GET
    @Path("/leverage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLeverage", summary = "Leverage of seed grants",
            description = "Follow-on funding mobilised after each seed grant, and leverage = follow-on / seed. CSV at /figures/leverage.csv.")
    @APIResponse(responseCode = "200", description = "The leverage", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Leverage.class)))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public Leverage leverage() {
        return leverage.leverage();
    }

    @GET
    @Path("/leverage")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getLeverageCsv", summary = "Leverage as CSV", description = "One row per funded grant.")
    @APIResponse(responseCode = "200", description = "The leverage", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public String leverageCsv() {
        return tables.csv("leverage");
    }

    @GET
    @Path("/{name}.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getFiguresCsvFile", summary = "Any figure as a CSV file",
            description = "key-figures.csv, contributors.csv, thematic-areas.csv or leverage.csv.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = Csv.MEDIA_TYPE))
    public String csvFile(@Parameter(description = "key-figures, contributors, thematic-areas or leverage; another name is 404",
            example = "key-figures", schema = @Schema(enumeration = { "key-figures", "contributors", "thematic-areas", "leverage" }))
            @PathParam("name") String name) {
        return tables.csv(name);
    }
}
