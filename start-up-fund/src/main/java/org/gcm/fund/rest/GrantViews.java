package org.gcm.fund.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.CoFunding;
import org.gcm.fund.domain.FollowOnFunding;
import org.gcm.fund.domain.GrantAllocation;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.ImplementingOrganisation;
import org.gcm.fund.domain.ReviewNote;
import org.gcm.fund.domain.ScreeningResult;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.domain.TrancheStatus;
import org.gcm.fund.service.MoneyJson;

/** What the grant endpoints answer. */
public final class GrantViews {

    private GrantViews() {
    }

    public record CoFundingView(String source, MoneyJson amount) {
    }

    public record AllocationView(String pool, MoneyJson reserved, MoneyJson transferred, MoneyJson indirectCost,
            MoneyJson released, MoneyJson refunded) {

        static AllocationView of(GrantAllocation a) {
            return new AllocationView(a.pool, MoneyJson.usd(a.reserved), MoneyJson.usd(a.transferred),
                    MoneyJson.usd(a.indirectCost), MoneyJson.usd(a.released), MoneyJson.usd(a.refunded));
        }
    }

    @Schema(name = "Grant", example = """
            {"id": "b2a4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d", "requestId": "REQ-2026-000123", "requestingCountry": "PHL",
             "authorityLevel": "NATIONAL", "title": "Inclusion services for returning workers", "description": "...",
             "objectives": [16], "requestedAmount": {"amount": "250000.00", "currency": "USD"},
             "estimatedBudget": {"amount": "600000.00", "currency": "USD"}, "coFunding": [], "startDate": "2027-01-01",
             "endDate": "2028-06-30", "implementingOrganisations": [{"partnerId": "PTN-IOM", "name": "IOM", "role": "LEAD"}],
             "genderMarker": 1, "humanRightsMarker": 2, "status": "APPROVED",
             "screening": {"passed": true, "rules": [{"rule": "ceiling", "passed": true, "message": "requested 250000.00 USD is within the ceiling of 300000.00 USD"}]},
             "approvedAmount": {"amount": "250000.00", "currency": "USD"}, "indirectCost": {"amount": "17500.00", "currency": "USD"},
             "reservation": [{"pool": "COUNTRY:PHL", "reserved": {"amount": "267500.00", "currency": "USD"}}],
             "disbursedToDate": {"amount": "0.00", "currency": "USD"}, "demo": false, "version": 4}""")
    public record GrantView(UUID id, String requestId, String requestingCountry, String authorityLevel, String title,
            String description, List<Integer> objectives, MoneyJson requestedAmount, MoneyJson estimatedBudget,
            List<CoFundingView> coFunding, LocalDate startDate, LocalDate endDate,
            List<ImplementingOrganisation> implementingOrganisations, Integer genderMarker, Integer humanRightsMarker,
            GrantStatus status, ScreeningResult screening, MoneyJson approvedAmount, MoneyJson indirectCost,
            List<AllocationView> reservation, MoneyJson disbursedToDate, OffsetDateTime decidedAt, String rejectionReason,
            MoneyJson finalExpenditure, MoneyJson refunded, MoneyJson released, OffsetDateTime closedAt,
            OffsetDateTime openedAt, boolean demo, long version) {

        public static GrantView of(SeedGrant g, List<GrantAllocation> allocations) {
            BigDecimal disbursed = Amounts.sum(allocations, a -> a.transferred);
            return new GrantView(g.id, g.requestId, g.requestingCountry, g.authorityLevel, g.title, g.description,
                    g.objectives, MoneyJson.of(g.requestedAmount, g.requestedCurrency),
                    MoneyJson.of(g.estimatedBudget, g.estimatedBudgetCurrency),
                    g.coFunding.stream().map((CoFunding c) -> new CoFundingView(c.source(), MoneyJson.of(c.amount(), c.currency())))
                            .toList(),
                    g.startDate, g.endDate, g.implementingOrganisations, g.genderMarker, g.humanRightsMarker, g.status,
                    g.screening, usd(g.approvedAmount), usd(g.indirectCost),
                    allocations.stream().map(AllocationView::of).toList(), MoneyJson.usd(disbursed), g.decidedAt,
                    g.rejectionReason, usd(g.finalExpenditure), usd(g.refunded), usd(g.released), g.closedAt, g.openedAt,
                    g.demo, g.version);
        }

        private static MoneyJson usd(BigDecimal amount) {
            return amount == null ? null : MoneyJson.usd(amount);
        }
    }

    @Schema(name = "Tranche", example = """
            {"number": 1, "amount": {"amount": "100000.00", "currency": "USD"}, "plannedOn": "2027-01-15", "status": "DISBURSED",
             "indirectCost": {"amount": "7000.00", "currency": "USD"}, "disbursedOn": "2027-01-20", "version": 1}""")
    public record TrancheView(int number, MoneyJson amount, LocalDate plannedOn, TrancheStatus status,
            MoneyJson indirectCost, LocalDate disbursedOn, long version) {

        public static TrancheView of(Tranche t) {
            return new TrancheView(t.number, MoneyJson.usd(t.amount), t.plannedOn, t.status,
                    t.indirectCost == null ? null : MoneyJson.usd(t.indirectCost), t.disbursedOn, t.version);
        }
    }

    @Schema(name = "ReviewNote", example = """
            {"id": "0c5e3b1a-2d4f-4e6a-9b8c-7d6e5f4a3b2c", "author": "fund-manager-1", "authorRole": "fund-manager",
             "text": "Sound joint arrangement", "writtenAt": "2026-11-21T10:00:00Z"}""")
    public record NoteView(UUID id, String author, String authorRole, String text, OffsetDateTime writtenAt) {

        public static NoteView of(ReviewNote n) {
            return new NoteView(n.id, n.author, n.authorRole, n.text, n.writtenAt);
        }
    }

    @Schema(name = "FollowOnFunding", example = """
            {"id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "grantId": "b2a4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d",
             "source": "World Bank", "amount": {"amount": "1500000.00", "currency": "USD"}, "securedOn": "2028-09-01"}""")
    public record FollowOnView(UUID id, UUID grantId, String source, MoneyJson amount, LocalDate securedOn) {

        public static FollowOnView of(FollowOnFunding f) {
            return new FollowOnView(f.id, f.grantId, f.source, MoneyJson.usd(f.amount), f.securedOn);
        }
    }
}
