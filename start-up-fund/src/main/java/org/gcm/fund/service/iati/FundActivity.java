package org.gcm.fund.service.iati;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.domain.Deposit;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.service.iati.IatiActivity.ActivityDate;
import org.gcm.fund.service.iati.IatiActivity.Amount;
import org.gcm.fund.service.iati.IatiActivity.Organisation;
import org.gcm.fund.service.iati.IatiActivity.Participant;
import org.gcm.fund.service.iati.IatiActivity.Related;
import org.gcm.fund.service.iati.IatiActivity.Transaction;

/**
 * The fund as the hierarchy-1 activity: money in (each contribution's pledge, commitment and deposits, in its
 * original currency, the contributor as provider) and money out (each approval and each paid tranche, in USD, the
 * grant's lead implementing organisation as receiver).
 */
final class FundActivity {

    private FundActivity() {
    }

    /** What the fund activity is made of, read in one transaction. */
    record Records(List<Contribution> contributions, Map<String, Contributor> contributors,
            Map<UUID, List<Deposit>> deposits, List<SeedGrant> grants, Map<UUID, List<Tranche>> tranches) {
    }

    static IatiActivity of(Publisher publisher, Records records, LocalDate today) {
        List<Transaction> transactions = new ArrayList<>();
        Map<String, Organisation> funders = new LinkedHashMap<>();
        for (Contribution contribution : records.contributions()) {
            Organisation contributor = provider(records.contributors().get(contribution.contributorId));
            funders.putIfAbsent(contribution.contributorId, contributor);
            incoming(transactions, contribution, contributor, records.deposits().getOrDefault(contribution.id, List.of()));
        }
        List<Related> children = new ArrayList<>();
        for (SeedGrant grant : records.grants()) {
            children.add(new Related(publisher.grantIdentifier(grant.id), IatiCodes.CHILD));
            outgoing(transactions, publisher, grant, records.tranches().getOrDefault(grant.id, List.of()));
        }
        List<Participant> participants = new ArrayList<>();
        funders.values().forEach(funder -> participants.add(new Participant(funder, IatiCodes.FUNDING, null)));
        participants.add(new Participant(publisher.organisation(), IatiCodes.EXTENDING, publisher.fundIdentifier()));
        LocalDate started = transactions.stream().map(t -> t.value().valueDate()).min(Comparator.naturalOrder())
                .orElse(null);
        ActivityDate start = started != null ? new ActivityDate(IatiCodes.ACTUAL_START, started)
                : new ActivityDate(IatiCodes.PLANNED_START, today);
        return new IatiActivity(publisher.fundIdentifier(), 1, Amounts.USD, publisher.fundTitle(),
                publisher.fundDescription(), participants, IatiCodes.IMPLEMENTATION, List.of(start), null,
                List.of(Publisher.MIGRATION), List.of(), List.of(), List.of(), transactions, children);
    }

    private static void incoming(List<Transaction> transactions, Contribution contribution, Organisation contributor,
            List<Deposit> deposits) {
        String earmarking = IatiCodes.earmarking(contribution.earmarkKind);
        String ref = contribution.id.toString();
        transactions.add(new Transaction("pledge-" + ref, IatiCodes.INCOMING_PLEDGE,
                new Amount(contribution.amount, contribution.currency, contribution.pledgedOn), contributor, null, null,
                earmarking));
        if (contribution.committedOn != null) {
            transactions.add(new Transaction("commitment-" + ref, IatiCodes.INCOMING_COMMITMENT,
                    new Amount(contribution.amount, contribution.currency, contribution.committedOn), contributor, null,
                    null, earmarking));
        }
        for (Deposit deposit : deposits) {
            transactions.add(new Transaction("deposit-" + deposit.id, IatiCodes.INCOMING_FUNDS,
                    new Amount(deposit.amount, deposit.currency, deposit.depositedOn), contributor, null, null, earmarking));
        }
    }

    private static void outgoing(List<Transaction> transactions, Publisher publisher, SeedGrant grant,
            List<Tranche> paid) {
        if (grant.status == GrantStatus.PIPELINE || grant.decidedAt == null) {
            return; // a pipelined grant has nothing reserved: no commitment yet
        }
        Organisation receiver = GrantActivity.lead(grant);
        String activity = publisher.grantIdentifier(grant.id);
        transactions.add(new Transaction("approval-" + grant.id, IatiCodes.OUTGOING_COMMITMENT,
                new Amount(grant.approvedAmount, Amounts.USD, grant.decidedAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()),
                publisher.organisation(), receiver, activity, null));
        for (Tranche tranche : paid) {
            transactions.add(new Transaction("tranche-" + grant.id + "-" + tranche.number, IatiCodes.DISBURSEMENT,
                    new Amount(tranche.amount, Amounts.USD, tranche.disbursedOn), publisher.organisation(), receiver,
                    activity, null));
        }
    }

    /** The contributor's name and IATI type only: its contacts are personal data and never leave the fund. */
    private static Organisation provider(Contributor contributor) {
        Objects.requireNonNull(contributor, "contribution without its contributor");
        return new Organisation(null, contributor.organisationType, contributor.name);
    }
}
