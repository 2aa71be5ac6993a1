package org.gcm.fund.service.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.EarmarkKind;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.repository.SeedGrantRepository;
import org.gcm.reference.ReferenceData;
import org.gcm.reference.ThematicArea;

/**
 * Per thematic area: what is available to it (its own pool and its objectives' pools), what was approved and what
 * waits in the pipeline for it (a grant counts under the area of its first objective), and the gap. The unearmarked
 * and country pools, open to several areas, are shown on their own lines.
 */
@ApplicationScoped
public class ThematicAreas {

    private final PoolBalances balances;
    private final SeedGrantRepository grants;
    private final ReferenceData reference;

    ThematicAreas(PoolBalances balances, SeedGrantRepository grants, ReferenceData reference) {
        this.balances = balances;
        this.grants = grants;
        this.reference = reference;
    }

    public List<ThematicAreaFigures> figures() {
        Map<String, BigDecimal> available = new HashMap<>();
        BigDecimal unearmarked = BigDecimal.ZERO;
        BigDecimal countries = BigDecimal.ZERO;
        for (PoolBalance b : balances.all()) {
            Earmark earmark = b.earmark();
            if (earmark.kind() == EarmarkKind.UNEARMARKED) {
                unearmarked = unearmarked.add(b.available());
            } else if (earmark.kind() == EarmarkKind.COUNTRY) {
                countries = countries.add(b.available());
            } else {
                String area = earmark.kind() == EarmarkKind.THEMATIC_AREA ? earmark.value()
                        : areaOf(Integer.parseInt(earmark.value()));
                available.merge(area, b.available(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> approved = new HashMap<>();
        Map<String, BigDecimal> pipeline = new HashMap<>();
        for (SeedGrant grant : grants.inStatus(EnumSet.of(GrantStatus.APPROVED, GrantStatus.ACTIVE, GrantStatus.CLOSED,
                GrantStatus.PIPELINE))) {
            String area = areaOf(grant.objectives.get(0));
            (grant.status == GrantStatus.PIPELINE ? pipeline : approved).merge(area, grant.totalCost(), BigDecimal::add);
        }
        List<ThematicAreaFigures> lines = new ArrayList<>();
        for (ThematicArea area : reference.thematicAreas()) {
            String code = area.code();
            lines.add(new ThematicAreaFigures(code, area.objectives(), available.getOrDefault(code, BigDecimal.ZERO),
                    approved.getOrDefault(code, BigDecimal.ZERO), pipeline.getOrDefault(code, BigDecimal.ZERO)));
        }
        lines.add(new ThematicAreaFigures("UNEARMARKED", List.of(), unearmarked, BigDecimal.ZERO, BigDecimal.ZERO));
        lines.add(new ThematicAreaFigures("COUNTRY_EARMARKED", List.of(), countries, BigDecimal.ZERO, BigDecimal.ZERO));
        return lines;
    }

    private String areaOf(int objective) {
        return reference.thematicAreas().stream().filter(area -> area.objectives().contains(objective))
                .map(ThematicArea::code).findFirst().orElse("UNMAPPED");
    }
}
