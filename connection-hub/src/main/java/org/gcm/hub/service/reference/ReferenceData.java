package org.gcm.hub.service.reference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The code lists the hub validates against: countries (ISO 3166-1 alpha-3, from the JDK), GCM guiding principles
 * (copy of ../shared/reference/gcm-guiding-principles.tsv in hub/reference/), IATI organisation types, languages
 * (ISO 639-1, from the JDK) and the country -> UN M49 region mapping (hub/reference/country-regions.tsv).
 */
@ApplicationScoped
public class ReferenceData {

    /** The six official languages of the United Nations. */
    public static final Set<String> UN_LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

    private final Set<String> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private final Set<String> languages = Set.of(Locale.getISOLanguages());
    private final Map<String, String> principles = new LinkedHashMap<>();
    private final Map<Integer, String> organisationTypes = new LinkedHashMap<>();
    private final Map<String, String[]> regions = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();

    public ReferenceData() {
        ReferenceFile.rows("hub/reference/gcm-guiding-principles.tsv").forEach(r -> principles.put(r[0], r[1]));
        ReferenceFile.rows("hub/reference/iati-organisation-types.tsv")
                .forEach(r -> organisationTypes.put(Integer.valueOf(r[0]), r[1]));
        ReferenceFile.rows("hub/reference/country-regions.tsv").forEach(r -> regions.put(r[0], new String[] { r[1], r[2] }));
        ReferenceFile.rows("hub/reference/m49-region-names.tsv").forEach(r -> regionNames.put(r[0], r[1]));
    }

    public boolean isCountry(String iso3) {
        return iso3 != null && countries.contains(iso3);
    }

    public boolean isPrinciple(String code) {
        return principles.containsKey(code);
    }

    public List<String> principleCodes() {
        return List.copyOf(principles.keySet());
    }

    public boolean isOrganisationType(int code) {
        return organisationTypes.containsKey(code);
    }

    public boolean isLanguage(String iso639) {
        return iso639 != null && languages.contains(iso639);
    }

    /** The M49 sub-region of a country ("014" Eastern Africa), if it has one. */
    public Optional<String> subregion(String iso3) {
        return Optional.ofNullable(regions.get(iso3)).map(r -> r[1]);
    }

    /** The M49 region (continent) of a country ("002" Africa), if it has one. */
    public Optional<String> region(String iso3) {
        return Optional.ofNullable(regions.get(iso3)).map(r -> r[0]);
    }

    public String regionName(String m49) {
        return regionNames.getOrDefault(m49, m49);
    }
}
