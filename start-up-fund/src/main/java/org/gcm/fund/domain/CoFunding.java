package org.gcm.fund.domain;

import java.math.BigDecimal;

/** Other funding declared for the project (para 43 (b)(ii)). */
public record CoFunding(String source, BigDecimal amount, String currency) {
}
