package org.gcm.fund.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.service.figures.Figures;
import org.gcm.fund.service.figures.KeyFigures;
import org.gcm.fund.service.figures.LeverageFigures;
import org.gcm.fund.service.figures.ThematicAreas;
import org.gcm.refusals.NotFound;

/** The public figures as CSV tables, one per figure, by the name of its {@code .csv} file. */
@ApplicationScoped
public class FigureTables {

    private final Figures figures;
    private final ThematicAreas thematicAreas;
    private final LeverageFigures leverage;

    FigureTables(Figures figures, ThematicAreas thematicAreas, LeverageFigures leverage) {
        this.figures = figures;
        this.thematicAreas = thematicAreas;
        this.leverage = leverage;
    }

    /** The table {@code name} ({@code key-figures}, {@code contributors}, ...), or not found. */
    String csv(String name) {
        return switch (name) {
            case "key-figures" -> keyFigures(figures.keyFigures());
            case "contributors" -> Csv.of(List.of("name", "organisation_type", "country", "committed", "deposited_usd"),
                    figures.contributors().stream().map(c -> List.<Object>of(c.name(), c.organisationType(),
                            c.country() == null ? "" : c.country(),
                            String.join(" ", c.committed().stream().map(m -> m.amount() + " " + m.currency()).toList()),
                            c.depositedUsd())).toList());
            case "thematic-areas" -> Csv.of(List.of("area", "objectives", "available_usd", "approved_usd", "pipeline_usd", "gap_usd"),
                    thematicAreas.figures().stream().map(t -> List.<Object>of(t.area(),
                            String.join(" ", t.objectives().stream().map(String::valueOf).toList()), t.available(), t.approved(),
                            t.pipeline(), t.gap())).toList());
            case "leverage" -> Csv.of(List.of("grant_id", "requesting_country", "title", "seed_usd", "follow_on_usd", "leverage"),
                    leverage.leverage().grants().stream().map(g -> List.<Object>of(g.grantId(), g.requestingCountry(), g.title(),
                            g.seed(), g.followOn(), g.leverage())).toList());
            default -> throw new NotFound("There is no figure " + name
                    + "; try key-figures, contributors, thematic-areas or leverage.");
        };
    }

    private static String keyFigures(KeyFigures k) {
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
