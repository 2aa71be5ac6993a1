package org.gcm.hub.domain;

import java.math.BigDecimal;

/** Funding for the project from another source, as the requester declared it. */
public record CoFundingLine(String source, BigDecimal amount, String currency) {
}
