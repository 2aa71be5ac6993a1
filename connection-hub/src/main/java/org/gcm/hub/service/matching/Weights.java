package org.gcm.hub.service.matching;

import org.gcm.hub.config.HubConfig;
import org.gcm.refusals.InvalidInput;

/** The weight of each matching factor; the defaults come from configuration, a caller may override each. */
public record Weights(double objectives, double country, double region, double language, double capacity,
        double trackRecord) {

    public static Weights defaults(HubConfig.Weights w) {
        return new Weights(w.objectives(), w.country(), w.region(), w.language(), w.capacity(), w.trackRecord());
    }

    /** These weights with each non-null override applied. */
    public Weights with(Double objectives, Double country, Double region, Double language, Double capacity,
            Double trackRecord) {
        Weights w = new Weights(or(objectives, this.objectives), or(country, this.country), or(region, this.region),
                or(language, this.language), or(capacity, this.capacity), or(trackRecord, this.trackRecord));
        if (w.sum() <= 0) {
            throw InvalidInput.of("objectivesWeight", "positive-sum",
                    "the weights must not all be zero");
        }
        return w;
    }

    double sum() {
        return objectives + country + region + language + capacity + trackRecord;
    }

    private static double or(Double override, double fallback) {
        return override == null ? fallback : override;
    }
}
