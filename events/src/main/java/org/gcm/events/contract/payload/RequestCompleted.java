package org.gcm.events.contract.payload;

import java.time.LocalDate;
import java.util.List;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A country request's project is completed: its experience can become knowledge for others (para 43
 * (a)(iii) and (c)(i)).
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#REQUEST_COMPLETED}, topic {@code hub.requests},
 * subject and record key = the request id.<br>
 * <b>Published by</b> the connection hub when a request moves IN_IMPLEMENTATION -> COMPLETED.<br>
 * <b>Consumed by</b> the knowledge platform, which opens a DRAFT practice (kind initiative) prefilled from
 * it: title, description, objectives, guiding principles, the requesting country, the organisations; and
 * links it to {@code requestId} so that it opens only one draft per request. An editor completes it and
 * puts it through review.
 *
 * @param requestId the hub's id of the country request
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param authorityLevel the level of government that made the request
 * @param title the request's title
 * @param description what the project did
 * @param objectives the GCM objectives (1 to 23) the request addressed; at least one
 * @param guidingPrinciples codes of the guiding principles it applied, as in the knowledge platform's
 *        reference data ({@code people-centred}, {@code human-rights}, ...); may be empty
 * @param supportTypes the kinds of support it received; may be empty
 * @param implementingOrganisations the lead and partners that implemented it; may be empty
 * @param grantId the start-up fund's grant that funded it, or absent when it was not funded by the fund
 * @param completedOn when it was completed, ISO 8601 date
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventContract(type = EventTypes.REQUEST_COMPLETED, topic = Topics.HUB_REQUESTS)
public record RequestCompleted(
        String requestId,
        String requestingCountry,
        AuthorityLevel authorityLevel,
        String title,
        String description,
        List<Integer> objectives,
        List<String> guidingPrinciples,
        List<SupportType> supportTypes,
        List<ImplementingOrganisation> implementingOrganisations,
        String grantId,
        LocalDate completedOn) {

    public RequestCompleted {
        Checks.id("RequestCompleted.requestId", requestId);
        Checks.country("RequestCompleted.requestingCountry", requestingCountry);
        Checks.required("RequestCompleted.authorityLevel", authorityLevel);
        Checks.text("RequestCompleted.title", title);
        Checks.text("RequestCompleted.description", description);
        objectives = Checks.objectives("RequestCompleted.objectives", objectives);
        guidingPrinciples = Checks.each("RequestCompleted.guidingPrinciples", guidingPrinciples, Checks.PRINCIPLE,
                "a guiding principle code such as human-rights");
        supportTypes = Checks.list("RequestCompleted.supportTypes", supportTypes);
        implementingOrganisations = Checks.list("RequestCompleted.implementingOrganisations", implementingOrganisations);
        Checks.optionalId("RequestCompleted.grantId", grantId);
        Checks.required("RequestCompleted.completedOn", completedOn);
    }
}
