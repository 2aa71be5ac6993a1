package org.gcm.fund.service.figures;

import java.util.List;

import org.gcm.fund.service.MoneyJson;

/** Follow-on funding mobilised after seed grants: {@code leverage} = follow-on / seed, with two decimals. */
public record Leverage(MoneyJson seed, MoneyJson followOn, String leverage, List<GrantLeverage> grants) {

    /** One funded grant's seed, follow-on and leverage. */
    public record GrantLeverage(String grantId, String requestingCountry, String title, MoneyJson seed, MoneyJson followOn,
            String leverage) {
    }
}
