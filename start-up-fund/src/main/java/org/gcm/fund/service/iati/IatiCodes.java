package org.gcm.fund.service.iati;

import java.util.EnumSet;
import java.util.Set;

import org.gcm.fund.domain.EarmarkKind;
import org.gcm.fund.domain.GrantStatus;

/**
 * The IATI 2.03 code values the export uses, and how the fund's states map to them. The code lists are IATI's
 * (../shared/reference/iati-codes.tsv holds those the fund keys on); IatiExportTest checks every value written.
 */
public final class IatiCodes {

    public static final String VERSION = "2.03";

    // TransactionType
    public static final String INCOMING_FUNDS = "1";
    public static final String OUTGOING_COMMITMENT = "2";
    public static final String DISBURSEMENT = "3";
    public static final String INCOMING_COMMITMENT = "11";
    public static final String INCOMING_PLEDGE = "13";

    // OrganisationRole
    public static final String FUNDING = "1";
    public static final String EXTENDING = "3";
    public static final String IMPLEMENTING = "4";

    // ActivityDateType
    public static final String PLANNED_START = "1";
    public static final String ACTUAL_START = "2";
    public static final String PLANNED_END = "3";
    public static final String ACTUAL_END = "4";

    // BudgetType and BudgetStatus
    public static final String ORIGINAL_BUDGET = "1";
    public static final String INDICATIVE = "1";
    public static final String COMMITTED = "2";

    // RelatedActivityType
    public static final String PARENT = "1";
    public static final String CHILD = "2";

    /** SectorVocabulary 1, OECD DAC CRS purpose codes (5 digit). */
    public static final String DAC_PURPOSE = "1";
    /** DAC purpose code 15190: facilitation of orderly, safe, regular and responsible migration and mobility. */
    public static final String MIGRATION = "15190";
    public static final String MIGRATION_NAME = "Facilitation of orderly, safe, regular and responsible migration and mobility";

    /** TagVocabulary 99, the reporting organisation's own: here the GCM objectives. */
    public static final String REPORTING_ORGANISATION_VOCABULARY = "99";

    /** PolicyMarkerVocabulary 1 (OECD DAC CRS), marker 1 gender equality. */
    public static final String DAC_POLICY_MARKERS = "1";
    public static final String GENDER_EQUALITY = "1";

    /** AidTypeVocabulary 2, Earmarking Category. */
    public static final String EARMARKING_CATEGORY = "2";

    /** Activity status 2 (implementation): the fund itself runs as long as it is published. */
    public static final String IMPLEMENTATION = "2";

    /**
     * Grants the fund publishes: those the steering committee approved (funded or waiting in the pipeline). An
     * application under review or rejected is no activity of the fund.
     */
    public static final Set<GrantStatus> PUBLISHED = EnumSet.of(GrantStatus.PIPELINE, GrantStatus.APPROVED,
            GrantStatus.ACTIVE, GrantStatus.CLOSED);

    private IatiCodes() {
    }

    /**
     * ActivityStatus of a published grant: approved but no money transferred yet is still identification (1), the
     * first tranche starts implementation (2), closure closes it (4).
     */
    public static String activityStatus(GrantStatus status) {
        return switch (status) {
            case ACTIVE -> "2";
            case CLOSED -> "4";
            default -> "1";
        };
    }

    /**
     * Earmarking Category of a contribution, as the Grand Bargain defines them: unearmarked (1); to a thematic area or
     * objective, softly earmarked (2); to a country, earmarked (3).
     */
    public static String earmarking(EarmarkKind kind) {
        return switch (kind) {
            case UNEARMARKED -> "1";
            case THEMATIC_AREA, OBJECTIVE -> "2";
            case COUNTRY -> "3";
        };
    }
}
