package org.gcm.events.contract.payload;

/** The kinds of support a country request asks for (DESIGN.md section 3). */
public enum SupportType {
    TECHNICAL,
    FINANCIAL,
    HUMAN_RESOURCES,
    PEER_EXCHANGE
}
