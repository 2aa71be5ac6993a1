package org.gcm.fund.domain;

/** A tranche is planned in the disbursement schedule, then disbursed. */
public enum TrancheStatus {
    PLANNED,
    DISBURSED
}
