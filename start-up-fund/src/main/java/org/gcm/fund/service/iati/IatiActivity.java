package org.gcm.fund.service.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One {@code iati-activity} of the export, already in IATI's terms (codes from {@link IatiCodes}); the XML writer only
 * puts it in the schema's order. Optional parts are {@code null} or empty.
 *
 * @param hierarchy 1 for the fund, 2 for a seed grant
 */
public record IatiActivity(String identifier, int hierarchy, String defaultCurrency, String title, String description,
        List<Participant> participants, String status, List<ActivityDate> dates, String recipientCountry,
        List<Sector> sectors, List<Tag> tags, List<PolicyMarker> policyMarkers, List<Budget> budgets,
        List<Transaction> transactions, List<Related> related) {

    /** An organisation: the reporting org, a participating org ({@code role}), a transaction's provider or receiver. */
    public record Organisation(String ref, String type, String name) {
    }

    /** A {@code participating-org}; {@code activityId} is the organisation's own activity, if known. */
    public record Participant(Organisation organisation, String role, String activityId) {
    }

    public record ActivityDate(String type, LocalDate on) {
    }

    public record Sector(String vocabulary, String code, String name) {
    }

    /** A {@code tag} of vocabulary 99 whose codes are the concepts of {@code vocabularyUri}. */
    public record Tag(String vocabulary, String vocabularyUri, String code, String name) {
    }

    public record PolicyMarker(String vocabulary, String code, String significance) {
    }

    public record Budget(String type, String status, LocalDate start, LocalDate end, Amount value) {
    }

    /** An amount in its original currency on its value date. */
    public record Amount(BigDecimal value, String currency, LocalDate valueDate) {
    }

    /**
     * A {@code transaction}; {@code ref} is the fund's own reference (which contribution, deposit, grant or tranche),
     * {@code earmarking} the Earmarking Category of an incoming one.
     */
    public record Transaction(String ref, String type, Amount value, Organisation provider, Organisation receiver,
            String receiverActivityId, String earmarking) {
    }

    public record Related(String ref, String type) {
    }
}
