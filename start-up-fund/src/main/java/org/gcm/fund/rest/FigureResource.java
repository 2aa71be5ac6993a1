package org.gcm.fund.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
import org.gcm.fund.service.Figures;
import org.gcm.fund.service.Figures.KeyFigures;
import org.gcm.problem.ProblemException;

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

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Figures figures;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getKeyFigures", summary = "Key figures",
            description = "In the shape of the MPTF Office's fund factsheet, in USD: sources (contributions, interest), uses (transfers, refunds, net funded amount, administrative agent fees, indirect costs), balance (available, reserved), grants by state, and leverage. CSV with Accept: text/csv or at /figures/key-figures.csv.")
    @APIResponse(responseCode = "200", description = "The key figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeyFigures.class)))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable to the caller", content = @Content(mediaType = PROBLEM))
    public KeyFigures keyFigures() {
        return figures.keyFigures();
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getKeyFiguresCsv", summary = "Key figures as CSV", description = "Rows of section, item, amount in USD.")
    @APIResponse(responseCode = "200", description = "The key figures", content = @Content(mediaType = Csv.MEDIA_TYPE,
            examples = @ExampleObject(name = "key-figures", value = "section,item,amount_usd\r\nsources,contributions,1080000.00\r\n")))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable to the caller", content = @Content(mediaType = PROBLEM))
    public String keyFiguresCsv() {
        return csv("key-figures");
    }

    @GET
    @Path("/contributors")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getContributorFigures", summary = "Contributors", description = "Each contributor's commitments (original currencies) and deposits (USD). CSV at /figures/contributors.csv.")
    @APIResponse(responseCode = "200", description = "The contributors")
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable to the caller", content = @Content(mediaType = PROBLEM))
    public List<Figures.ContributorFigures> contributors() {
        return figures.contributors();
    }

    @GET
    @Path("/contributors")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getContributorFiguresCsv", summary = "Contributors as CSV", description = "One row per contributor.")
    @APIResponse(responseCode = "200", description = "The contributors", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable to the caller", content = @Content(mediaType = PROBLEM))
    public String contributorsCsv() {
        return csv("contributors");
    }

    @GET
    @Path("/thematic-areas")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getThematicAreaFigures", summary = "Pipeline against available balances per thematic area",
            description = "Available, approved, pipeline and gap per thematic area; the unearmarked and country-earmarked balances on their own lines. CSV at /figures/thematic-areas.csv.")
    @APIResponse(responseCode = "200", description = "The thematic areas")
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable to the caller", content = @Content(mediaType = PROBLEM))
    public List<Figures.ThematicAreaFigures> thematicAreas() {
        return figures.thematicAreas();
    }

    @GET
    @Path("/thematic-areas")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getThematicAreaFiguresCsv", summary = "Thematic areas as CSV", description = "One row per thematic area.")
    @APIResponse(responseCode = "200", description = "The thematic areas", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable to the caller", content = @Content(mediaType = PROBLEM))
    public String thematicAreasCsv() {
        return csv("thematic-areas");
    }

    @GET
    @Path("/leverage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLeverage", summary = "Leverage of seed grants",
            description = "Follow-on funding mobilised after each seed grant, and leverage = follow-on / seed. CSV at /figures/leverage.csv.")
    @APIResponse(responseCode = "200", description = "The leverage", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Figures.Leverage.class)))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable to the caller", content = @Content(mediaType = PROBLEM))
    public Figures.Leverage leverage() {
        return figures.leverage();
    }

    @GET
    @Path("/leverage")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getLeverageCsv", summary = "Leverage as CSV", description = "One row per funded grant.")
    @APIResponse(responseCode = "200", description = "The leverage", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable to the caller", content = @Content(mediaType = PROBLEM))
    public String leverageCsv() {
        return csv("leverage");
    }

    @GET
    @Path("/{name}.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "getFiguresCsvFile", summary = "Any figure as a CSV file",
            description = "key-figures.csv, contributors.csv, thematic-areas.csv or leverage.csv.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such figure", content = @Content(mediaType = PROBLEM))
    public String csvFile(@Parameter(description = "key-figures, contributors, thematic-areas or leverage", example = "key-figures")
            @PathParam("name") String name) {
        return csv(name);
    }

    private String csv(String name) {
        return switch (name) {
            case "key-figures" -> keyFiguresTable(figures.keyFigures());
            case "contributors" -> Csv.of(List.of("name", "organisation_type", "country", "committed", "deposited_usd"),
                    figures.contributors().stream().map(c -> List.<Object>of(c.name(), c.organisationType(),
                            c.country() == null ? "" : c.country(),
                            String.join(" ", c.committed().stream().map(m -> m.amount() + " " + m.currency()).toList()),
                            c.depositedUsd())).toList());
            case "thematic-areas" -> Csv.of(List.of("area", "objectives", "available_usd", "approved_usd", "pipeline_usd", "gap_usd"),
                    figures.thematicAreas().stream().map(t -> List.<Object>of(t.area(),
                            String.join(" ", t.objectives().stream().map(String::valueOf).toList()), t.available(), t.approved(),
                            t.pipeline(), t.gap())).toList());
            case "leverage" -> Csv.of(List.of("grant_id", "requesting_country", "title", "seed_usd", "follow_on_usd", "leverage"),
                    figures.leverage().grants().stream().map(g -> List.<Object>of(g.grantId(), g.requestingCountry(), g.title(),
                            g.seed(), g.followOn(), g.leverage())).toList());
            default -> throw ProblemException.notFound("There is no figure " + name
                    + "; try key-figures, contributors, thematic-areas or leverage.");
        };
    }

    private static String keyFiguresTable(KeyFigures k) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("sources", "contributions", k.sources().contributions()));
        rows.add(List.of("sources", "interest", k.sources().interest()));
        rows.add(List.of("sources", "total", k.sources().total()));
        rows.add(List.of("uses", "transfers", k.uses().transfers()));
        rows.add(List.of("uses", "refunds", k.uses().refunds()));
        rows.add(List.of("uses", "net_funded_amount", k.uses().netFundedAmount()));
        rows.add(List.of("uses", "administrative_agent_fees", k.uses().administrativeAgentFees()));
        rows.add(List.of("uses", "indirect_costs", k.uses().indirectCosts()));
        rows.add(List.of("uses", "total", k.uses().total()));
        rows.add(List.of("balance", "available", k.balance().available()));
        rows.add(List.of("balance", "reserved", k.balance().reserved()));
        rows.add(List.of("balance", "total", k.balance().total()));
        rows.add(List.of("leverage", "seed", k.leverage().seed()));
        rows.add(List.of("leverage", "follow_on", k.leverage().followOn()));
        rows.add(List.of("leverage", "ratio", k.leverage().leverage()));
        return Csv.of(List.of("section", "item", "amount_usd"), rows);
    }
}
