package org.gcm.fund.service.contributions;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.events.contract.payload.ContributionDeposited;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.EarmarkKind;
import org.gcm.fund.service.contributions.ContributionCommands.EarmarkingJson;
import org.gcm.reference.ReferenceData;
import org.gcm.reference.ThematicArea;
import org.gcm.refusals.InvalidInput;

/** What a contribution may be earmarked for: the fund's thematic areas, the GCM objectives and the M49 countries. */
@ApplicationScoped
public class Earmarks {

    private final ReferenceData reference;

    Earmarks(ReferenceData reference) {
        this.reference = reference;
    }

    /** The earmark, or a refusal naming {@code earmarking.value} and the rule of its kind. */
    public Earmark of(EarmarkingJson earmarking) {
        EarmarkKind kind = earmarking.kind();
        String value = earmarking.value();
        if (!valid(kind, value)) {
            throw InvalidInput.of("earmarking.value", "earmark-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    rule(kind));
        }
        return new Earmark(kind, value);
    }

    private boolean valid(EarmarkKind kind, String value) {
        return switch (kind) {
            case UNEARMARKED -> value == null;
            case THEMATIC_AREA -> reference.thematicArea(value).isPresent();
            case OBJECTIVE -> value != null && value.matches("[1-9][0-9]?") && reference.isObjective(Integer.parseInt(value));
            case COUNTRY -> value != null && reference.isCountry(value);
        };
    }

    private String rule(EarmarkKind kind) {
        return switch (kind) {
            case UNEARMARKED -> "must be absent when the contribution is unearmarked";
            case THEMATIC_AREA -> "must be one of the fund's thematic areas " + reference.thematicAreas().stream().map(ThematicArea::code).toList();
            case OBJECTIVE -> "must be a GCM objective number, 1 to " + reference.objectives().size();
            case COUNTRY -> ContributorService.NOT_A_COUNTRY;
        };
    }

    /** The earmark as the ContributionDeposited event carries it. */
    static ContributionDeposited.Earmarking forEvent(Earmark earmark) {
        return earmark.kind() == EarmarkKind.UNEARMARKED ? ContributionDeposited.Earmarking.unearmarked()
                : new ContributionDeposited.Earmarking(ContributionDeposited.Earmarking.Kind.valueOf(earmark.kind().name()),
                        earmark.value());
    }
}
