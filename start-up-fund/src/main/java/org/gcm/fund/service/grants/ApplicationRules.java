package org.gcm.fund.service.grants;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.events.contract.payload.ImplementingOrganisation.Role;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.service.grants.GrantCommands.CoFundingJson;
import org.gcm.fund.service.grants.GrantCommands.NewGrant;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.InvalidInput;

/** The rules a directly opened application must keep beyond Bean Validation, each refusal naming its field. */
@ApplicationScoped
public class ApplicationRules {

    private final ReferenceData reference;

    ApplicationRules(ReferenceData reference) {
        this.reference = reference;
    }

    public void check(NewGrant body) {
        InvalidInput.Checks checks = InvalidInput.check()
                .require(reference.isCountry(body.requestingCountry()), "requestingCountry", "iso-3166-alpha-3",
                        "must be an ISO 3166-1 alpha-3 country code such as KEN")
                .require(Amounts.USD.equals(body.requestedAmount().currency()), "requestedAmount.currency", "usd",
                        "must be USD: seed grants are made in USD")
                .require(Amounts.positive(body.requestedAmount().value()), "requestedAmount.amount", "positive",
                        "must be more than zero")
                .require(Amounts.positive(body.estimatedBudget().value()), "estimatedBudget.amount", "positive",
                        "must be more than zero")
                .require(!body.endDate().isBefore(body.startDate()), "endDate", "not-before-start",
                        "must not be before startDate")
                .require(body.objectives().stream().distinct().count() == body.objectives().size(), "objectives",
                        "distinct", "must not repeat an objective")
                .require(body.implementingOrganisations().stream().filter(o -> o.role() == Role.LEAD).count() == 1,
                        "implementingOrganisations", "one-lead", "must have exactly one LEAD organisation");
        List<CoFundingJson> coFunding = body.coFunding() == null ? List.of() : body.coFunding();
        for (int i = 0; i < coFunding.size(); i++) {
            checks.require(Amounts.positive(coFunding.get(i).amount().value()), "coFunding[" + i + "].amount.amount",
                    "positive", "must be more than zero");
        }
        checks.orRefuse();
    }
}
