package org.gcm.fund.service.iati;

import java.util.UUID;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.service.iati.IatiActivity.Organisation;
import org.gcm.fund.service.iati.IatiActivity.Sector;

/** Who publishes (the secretariat, from {@code fund.iati.*}) and the identifiers it gives the activities. */
record Publisher(FundConfig.Iati config) {

    static final Sector MIGRATION = new Sector(IatiCodes.DAC_PURPOSE, IatiCodes.MIGRATION, IatiCodes.MIGRATION_NAME);

    Organisation organisation() {
        return new Organisation(config.reportingOrgRef(), config.reportingOrgType(), config.reportingOrgName());
    }

    /** IATI identifiers start with the reporting organisation's identifier. */
    String fundIdentifier() {
        return config.reportingOrgRef() + "-FUND";
    }

    String grantIdentifier(UUID grant) {
        return config.reportingOrgRef() + "-GRANT-" + grant;
    }

    String fundTitle() {
        return config.fundTitle();
    }

    String fundDescription() {
        return config.fundDescription();
    }

    /** The knowledge platform's SKOS concept scheme of the GCM objectives. */
    String objectivesScheme() {
        String base = config.knowledgeBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/vocabularies/objectives";
    }
}
