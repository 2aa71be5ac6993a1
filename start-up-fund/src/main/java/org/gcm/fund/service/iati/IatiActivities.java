package org.gcm.fund.service.iati;

import java.time.OffsetDateTime;
import java.util.List;

import org.gcm.fund.service.iati.IatiActivity.Organisation;

/** The export: the fund's activity first, then its seed grants, all reported by {@code reportingOrg}. */
public record IatiActivities(OffsetDateTime generated, Organisation reportingOrg, List<IatiActivity> activities) {
}
