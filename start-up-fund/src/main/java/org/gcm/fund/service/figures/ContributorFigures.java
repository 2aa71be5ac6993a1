package org.gcm.fund.service.figures;

import java.util.List;

import org.gcm.fund.service.MoneyJson;

/** One contributor in the public figures: its commitments in their original currencies, its deposits in USD. */
public record ContributorFigures(String name, String organisationType, String country, List<MoneyJson> committed,
        MoneyJson depositedUsd) {
}
