package org.gcm.fund.service.iati;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.ImplementingOrganisation;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.service.iati.IatiActivity.ActivityDate;
import org.gcm.fund.service.iati.IatiActivity.Amount;
import org.gcm.fund.service.iati.IatiActivity.Budget;
import org.gcm.fund.service.iati.IatiActivity.Organisation;
import org.gcm.fund.service.iati.IatiActivity.Participant;
import org.gcm.fund.service.iati.IatiActivity.PolicyMarker;
import org.gcm.fund.service.iati.IatiActivity.Related;
import org.gcm.fund.service.iati.IatiActivity.Tag;

/**
 * A published seed grant as a hierarchy-2 activity under the fund: its implementing organisations, country, status,
 * dates, budget (USD, the approved amount), the migration purpose code and its GCM objectives as tags. Its money
 * moves are the fund's outgoing transactions.
 */
final class GrantActivity {

    private GrantActivity() {
    }

    /**
     * @param paid      the grant's disbursed tranches, in schedule order
     * @param objective the title of a GCM objective by number
     */
    static IatiActivity of(Publisher publisher, SeedGrant grant, List<Tranche> paid, IntFunction<String> objective) {
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(publisher.organisation(), IatiCodes.FUNDING, publisher.fundIdentifier()));
        for (ImplementingOrganisation implementer : grant.implementingOrganisations) {
            participants.add(new Participant(new Organisation(null, null, implementer.name()), IatiCodes.IMPLEMENTING, null));
        }
        List<ActivityDate> dates = new ArrayList<>();
        dates.add(new ActivityDate(IatiCodes.PLANNED_START, grant.startDate));
        if (!paid.isEmpty()) {
            dates.add(new ActivityDate(IatiCodes.ACTUAL_START, paid.get(0).disbursedOn));
        }
        dates.add(new ActivityDate(IatiCodes.PLANNED_END, grant.endDate));
        if (grant.closedAt != null) {
            dates.add(new ActivityDate(IatiCodes.ACTUAL_END, grant.closedAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()));
        }
        List<Tag> tags = grant.objectives.stream().map(number -> new Tag(IatiCodes.REPORTING_ORGANISATION_VOCABULARY,
                publisher.objectivesScheme(), number.toString(), objective.apply(number))).toList();
        List<PolicyMarker> markers = grant.genderMarker == null ? List.of()
                : List.of(new PolicyMarker(IatiCodes.DAC_POLICY_MARKERS, IatiCodes.GENDER_EQUALITY, grant.genderMarker.toString()));
        String description = grant.description == null || grant.description.isBlank() ? grant.title : grant.description;
        return new IatiActivity(publisher.grantIdentifier(grant.id), 2, Amounts.USD, grant.title, description,
                participants, IatiCodes.activityStatus(grant.status), dates,
                CountryCodes.alpha2(grant.requestingCountry).orElse(null), List.of(Publisher.MIGRATION), tags, markers,
                List.of(budget(grant)), List.of(), List.of(new Related(publisher.fundIdentifier(), IatiCodes.PARENT)));
    }

    /** The approved amount over the project's planned period: indicative while it waits in the pipeline. */
    private static Budget budget(SeedGrant grant) {
        String status = grant.status == GrantStatus.PIPELINE ? IatiCodes.INDICATIVE : IatiCodes.COMMITTED;
        return new Budget(IatiCodes.ORIGINAL_BUDGET, status, grant.startDate, grant.endDate,
                new Amount(grant.approvedAmount, Amounts.USD,
                        grant.decidedAt != null ? grant.decidedAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate() : grant.startDate));
    }

    /** Who receives the fund's transfers: the lead implementing organisation (else the first named). */
    static Organisation lead(SeedGrant grant) {
        return grant.implementingOrganisations.stream().filter(o -> "LEAD".equals(o.role())).findFirst()
                .or(() -> grant.implementingOrganisations.stream().findFirst())
                .map(o -> new Organisation(null, null, o.name())).orElse(null);
    }
}
