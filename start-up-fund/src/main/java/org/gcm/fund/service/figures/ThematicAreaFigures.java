package org.gcm.fund.service.figures;

import java.math.BigDecimal;
import java.util.List;

import org.gcm.fund.service.MoneyJson;

/** One thematic area: what is available to it, approved and waiting in the pipeline for it, and the gap. */
public record ThematicAreaFigures(String area, List<Integer> objectives, MoneyJson available, MoneyJson approved,
        MoneyJson pipeline, MoneyJson gap) {

    ThematicAreaFigures(String area, List<Integer> objectives, BigDecimal available, BigDecimal approved,
            BigDecimal pipeline) {
        this(area, objectives, MoneyJson.usd(available), MoneyJson.usd(approved), MoneyJson.usd(pipeline),
                MoneyJson.usd(pipeline.subtract(available).max(BigDecimal.ZERO)));
    }
}
