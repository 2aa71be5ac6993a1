package org.gcm.fund.service.contributions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionAction;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.ContributionTransition;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.repository.ContributionRepository;
import org.gcm.fund.repository.ContributionTransitionRepository;
import org.gcm.fund.service.Currencies;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.contributions.ContributionCommands.Cancellation;
import org.gcm.fund.service.contributions.ContributionCommands.Commitment;
import org.gcm.fund.service.contributions.ContributionCommands.NewContribution;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * A contribution from pledge to commitment or cancellation, and reading contributions within what the caller may see.
 * Deposits are {@link Deposits}.
 */
@ApplicationScoped
public class ContributionService {

    private static final Logger LOG = Logger.getLogger(ContributionService.class);

    private final ContributionRepository contributions;
    private final ContributionTransitionRepository history;
    private final ContributorService contributors;
    private final ContributionLifecycle lifecycle;
    private final Earmarks earmarks;
    private final FundAccess access;
    private final Currencies currencies;

    ContributionService(ContributionRepository contributions, ContributionTransitionRepository history,
            ContributorService contributors, ContributionLifecycle lifecycle, Earmarks earmarks, FundAccess access,
            Currencies currencies) {
        this.contributions = contributions;
        this.history = history;
        this.contributors = contributors;
        this.lifecycle = lifecycle;
        this.earmarks = earmarks;
        this.access = access;
        this.currencies = currencies;
    }

    /** A pledge (PLEDGED): for the donor's own contributor, or any contributor a fund manager names. */
    @Transactional
    public Contribution pledge(NewContribution body, boolean demo) {
        String contributorId = body.contributorId() != null ? body.contributorId()
                : access.contributorScope().orElseThrow(() -> InvalidInput.of("contributorId", "NotNull",
                        "is required when a fund manager records a contribution"));
        Contributor contributor = contributors.get(contributorId);
        Earmark earmark = earmarks.of(body.earmarking());
        String currency = body.amount().currency();
        InvalidInput.check()
                .require(Amounts.positive(body.amount().value()), "amount.amount", "positive", "must be more than zero")
                .require(currencies.fitsMinorUnits(body.amount().value(), currency), "amount.amount", "minor-units",
                        currencies.minorUnits(currency))
                .orRefuse();
        Contribution contribution = new Contribution();
        contribution.id = UUID.randomUUID();
        contribution.contributorId = contributor.id;
        contribution.status = ContributionStatus.PLEDGED;
        contribution.amount = Amounts.cents(body.amount().value());
        contribution.currency = currency;
        contribution.earmarkKind = earmark.kind();
        contribution.earmarkValue = earmark.value();
        contribution.pool = earmark.pool();
        contribution.pledgedOn = body.pledgedOn() != null ? body.pledgedOn() : LocalDate.now();
        contribution.demo = demo;
        contribution.createdAt = lifecycle.now();
        contributions.persist(contribution);
        lifecycle.created(contribution, access.actor(), contribution.createdAt);
        LOG.infof("Contribution %s PLEDGED by %s: %s %s to %s", contribution.id, contributor.id, contribution.amount,
                contribution.currency, contribution.pool);
        return contribution;
    }

    /** PLEDGED -> COMMITTED, with the signed agreement. */
    @Transactional
    public Contribution commit(UUID id, String ifMatch, Commitment body) {
        Contribution contribution = get(id);
        EntityTags.requireMatch(ifMatch, contribution.version, "contribution " + id);
        String agreement = body.agreementReference().strip();
        lifecycle.move(contribution, ContributionAction.COMMIT, access.actor(), "Agreement " + agreement);
        contribution.agreementReference = agreement;
        contribution.committedOn = body.signedOn();
        return contribution;
    }

    /** PLEDGED or COMMITTED -> CANCELLED with a reason; never once money is deposited. */
    @Transactional
    public Contribution cancel(UUID id, String ifMatch, Cancellation body) {
        Contribution contribution = get(id);
        EntityTags.requireMatch(ifMatch, contribution.version, "contribution " + id);
        if (contribution.depositedAmount.signum() > 0) {
            throw new StateConflict("Contribution " + id + " is " + contribution.status
                    + " and money was deposited; deposited money cannot be cancelled.");
        }
        String reason = body.reason().strip();
        lifecycle.move(contribution, ContributionAction.CANCEL, access.actor(), reason);
        contribution.cancellationReason = reason;
        return contribution;
    }

    /** The contribution, if the caller may see it; else not found. */
    public Contribution get(UUID id) {
        Contribution contribution = contributions.findById(id);
        if (contribution == null) {
            throw NotFound.of("contribution", id);
        }
        access.requireContributor(contribution.contributorId, "contribution", id);
        return contribution;
    }

    /** Its history, oldest first: who pledged, committed, deposited or cancelled it, when and why. */
    public List<ContributionTransition> history(UUID id) {
        return history.of(get(id).id);
    }

    /** A donor lists only its own contributor's contributions; naming another finds none. */
    public Page<Contribution> list(String contributorId, ContributionStatus status, Paging paging) {
        Optional<String> own = access.contributorScope();
        if (own.isPresent() && contributorId != null && !own.get().equals(contributorId)) {
            return Page.empty();
        }
        return contributions.page(own.orElse(contributorId), status, paging);
    }
}
