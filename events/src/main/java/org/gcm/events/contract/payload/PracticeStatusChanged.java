package org.gcm.events.contract.payload;

import java.util.List;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A practice (or evidence, initiative, review input, tool) was created or changed state on the knowledge platform.
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#PRACTICE_STATUS_CHANGED}, topic
 * {@code knowledge.practices}, subject and record key = the practice id.<br>
 * <b>Published by</b> the knowledge platform at the practice's creation (draft, import or direct publication) and
 * on every move, in the transaction of the change, besides PracticePublished when it is published.<br>
 * <b>Consumed by</b> no service yet: the feed for subscribers. A practice is public once PUBLISHED; before that,
 * {@code ownerCountry} names the Member State whose users may read it (drafts opened from a request). No submitter,
 * no reviewer, no contact: events carry no personal data.
 *
 * @param practiceId the knowledge platform's id of the practice
 * @param countries ISO 3166-1 alpha-3 codes of the countries it concerns; may be empty
 * @param ownerCountry the Member State whose users may complete it (drafts from a hub request), or absent
 * @param change the action, the state before (absent at creation), the state after and when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventContract(type = EventTypes.PRACTICE_STATUS_CHANGED, topic = Topics.KNOWLEDGE_PRACTICES)
public record PracticeStatusChanged(String practiceId, List<String> countries, String ownerCountry,
        StatusChange change) {

    public PracticeStatusChanged {
        Checks.id("PracticeStatusChanged.practiceId", practiceId);
        countries = Checks.each("PracticeStatusChanged.countries", countries, Checks.COUNTRY,
                "an ISO 3166-1 alpha-3 code such as KEN");
        if (ownerCountry != null) {
            Checks.country("PracticeStatusChanged.ownerCountry", ownerCountry);
        }
        Checks.required("PracticeStatusChanged.change", change);
    }
}
