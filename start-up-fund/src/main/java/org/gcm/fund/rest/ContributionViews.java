package org.gcm.fund.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.domain.Contact;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.domain.Deposit;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.contributions.ContributionCommands.EarmarkingJson;

/** What the contributor and contribution endpoints answer. */
public final class ContributionViews {

    private ContributionViews() {
    }

    @Schema(name = "Contributor", example = """
            {"id": "CTR-DEMO-001", "name": "Ministry of Foreign Affairs", "organisationType": "10",
             "organisationTypeName": "Government", "country": "NLD",
             "contacts": [{"name": "Desk Officer", "email": "desk@example.org", "role": "Migration unit"}], "demo": false, "version": 0}""")
    public record ContributorView(String id, String name, String organisationType, String organisationTypeName,
            String country, List<Contact> contacts, boolean demo, long version) {

        public static ContributorView of(Contributor c, String organisationTypeName) {
            return new ContributorView(c.id, c.name, c.organisationType, organisationTypeName, c.country, c.contacts,
                    c.demo, c.version);
        }
    }

    @Schema(name = "Deposit", example = """
            {"id": "9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "contributionId": "3f6c1a2e-8b4d-4c1f-9e2a-5d7b8c9e0f11",
             "amount": {"amount": "1000000.00", "currency": "EUR"}, "exchangeRate": "1.0842",
             "usdValue": {"amount": "1084200.00", "currency": "USD"}, "depositedOn": "2026-11-20"}""")
    public record DepositView(UUID id, UUID contributionId, MoneyJson amount, String exchangeRate, MoneyJson usdValue,
            LocalDate depositedOn) {

        public static DepositView of(Deposit d) {
            return new DepositView(d.id, d.contributionId, MoneyJson.of(d.amount, d.currency),
                    d.exchangeRate.stripTrailingZeros().toPlainString(), MoneyJson.usd(d.usdValue), d.depositedOn);
        }
    }

    @Schema(name = "Contribution", example = """
            {"id": "3f6c1a2e-8b4d-4c1f-9e2a-5d7b8c9e0f11", "contributorId": "CTR-DEMO-001", "status": "COMMITTED",
             "amount": {"amount": "1000000.00", "currency": "EUR"}, "earmarking": {"kind": "COUNTRY", "value": "PHL"},
             "pool": "COUNTRY:PHL", "pledgedOn": "2026-11-02", "agreementReference": "SAA-2026-0042", "committedOn": "2026-11-15",
             "deposited": {"amount": "0.00", "currency": "EUR"}, "depositedUsd": {"amount": "0.00", "currency": "USD"},
             "deposits": [], "demo": false, "version": 1}""")
    public record ContributionView(UUID id, String contributorId, ContributionStatus status, MoneyJson amount,
            EarmarkingJson earmarking, String pool, LocalDate pledgedOn, String agreementReference,
            LocalDate committedOn, String cancellationReason, MoneyJson deposited, MoneyJson depositedUsd,
            List<DepositView> deposits, boolean demo, long version) {

        public static ContributionView of(Contribution c, List<Deposit> deposits) {
            return new ContributionView(c.id, c.contributorId, c.status, MoneyJson.of(c.amount, c.currency),
                    new EarmarkingJson(c.earmarkKind, c.earmarkValue), c.pool, c.pledgedOn,
                    c.agreementReference, c.committedOn, c.cancellationReason, MoneyJson.of(c.depositedAmount, c.currency),
                    MoneyJson.usd(c.depositedUsd), deposits.stream().map(DepositView::of).toList(), c.demo, c.version);
        }
    }
}
