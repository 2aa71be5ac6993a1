package org.gcm.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Singleton;

/**
 * The one copy of the code lists every service keys on: GCM objectives and guiding principles, the fund's thematic
 * areas, IATI organisation types, the UN M49 areas with their countries and the ISO 4217 currencies. The lists are files of this module
 * ({@code org/gcm/reference/*.tsv}) read once at start, so that a list is changed in one place and the services
 * cannot drift apart. Services inject it; code without CDI calls {@link #load()}. Immutable and thread-safe.
 * <p>
 * The thematic areas are a default, not an official table (../shared/reference): an operator replaces them without a
 * release by pointing {@value #THEMATIC_AREAS_FILE_VARIABLE} (or the system property
 * {@value #THEMATIC_AREAS_FILE_PROPERTY}) at a file of the same form, the same for every service.
 * <p>
 * A singleton rather than application-scoped: it is immutable, and a client proxy would run the constructor (and
 * read every file) a second time.
 */
@Singleton
public class ReferenceData {

    private static final String DIRECTORY = "org/gcm/reference/";
    /** The environment variable naming an operator's file of thematic areas. */
    public static final String THEMATIC_AREAS_FILE_VARIABLE = "GCM_THEMATIC_AREAS_FILE";
    /** The system property naming it, which wins over the variable. */
    public static final String THEMATIC_AREAS_FILE_PROPERTY = "gcm.thematic-areas-file";

    private final List<Objective> objectives;
    private final Map<Integer, Objective> objectivesByNumber;
    private final List<GuidingPrinciple> principles;
    private final Map<String, GuidingPrinciple> principlesByCode;
    private final List<ThematicArea> thematicAreas;
    private final Map<String, ThematicArea> thematicAreasByCode;
    private final List<OrganisationType> organisationTypes;
    private final Map<String, OrganisationType> organisationTypesByCode;
    private final List<M49Area> areas;
    private final Map<String, M49Area> areasByCode;
    private final Map<String, M49Area> countriesByIso3;
    private final List<String> countryCodes;
    private final List<Currency> currencies;
    private final Map<String, Currency> currenciesByCode;

    /**
     * Loads every list from the classpath, the thematic areas from the operator's file if one is named; fails with an
     * {@link IllegalStateException} if a file is broken.
     */
    public ReferenceData() {
        this(thematicAreasFile());
    }

    /** With the thematic areas from {@code thematicAreasFile} instead of the default, if present. */
    ReferenceData(Optional<Path> thematicAreasFile) {
        objectives = ReferenceFile.read(DIRECTORY + "gcm-objectives.tsv",
                r -> new Objective(Integer.parseInt(r[0]), r[1], r[2]));
        objectivesByNumber = index("gcm-objectives.tsv", objectives, Objective::number);

        principles = ReferenceFile.read(DIRECTORY + "gcm-guiding-principles.tsv", r -> new GuidingPrinciple(r[0], r[1]));
        principlesByCode = index("gcm-guiding-principles.tsv", principles, GuidingPrinciple::code);

        Function<String[], ThematicArea> areaRow = r -> new ThematicArea(r[0], r[1], numbers(r[2]));
        thematicAreas = thematicAreasFile.map(file -> ReferenceFile.read(file, areaRow))
                .orElseGet(() -> ReferenceFile.read(DIRECTORY + "fund-thematic-areas.tsv", areaRow));
        thematicAreasByCode = index("fund-thematic-areas.tsv", thematicAreas, ThematicArea::code);
        for (ThematicArea area : thematicAreas) {
            for (int number : area.objectives()) {
                require(objectivesByNumber.containsKey(number),
                        "fund-thematic-areas.tsv: " + area.code() + " names unknown objective " + number);
            }
        }

        organisationTypes = ReferenceFile.read(DIRECTORY + "iati-organisation-types.tsv",
                r -> new OrganisationType(r[0], r[1]));
        organisationTypesByCode = index("iati-organisation-types.tsv", organisationTypes, OrganisationType::code);

        areas = ReferenceFile.read(DIRECTORY + "m49-areas.tsv",
                r -> new M49Area(r[0], r[1], M49Level.valueOf(r[2]), blankToNull(r[3]), blankToNull(r[4])));
        areasByCode = index("m49-areas.tsv", areas, M49Area::code);
        for (M49Area area : areas) {
            require(area.parentCode() == null || areasByCode.containsKey(area.parentCode()),
                    "m49-areas.tsv: " + area.code() + " has unknown parent " + area.parentCode());
            require(area.isCountry() == (area.iso3() != null),
                    "m49-areas.tsv: " + area.code() + " must have an iso3 code if and only if it is a country");
        }
        countriesByIso3 = index("m49-areas.tsv", areas.stream().filter(M49Area::isCountry).toList(), M49Area::iso3);
        countryCodes = countriesByIso3.keySet().stream().sorted().toList();

        currencies = ReferenceFile.read(DIRECTORY + "iso-4217-currencies.tsv",
                r -> new Currency(r[0], Integer.parseInt(r[1]), r[2]));
        currenciesByCode = index("iso-4217-currencies.tsv", currencies, Currency::code);
    }

    private static Optional<Path> thematicAreasFile() {
        String named = System.getProperty(THEMATIC_AREAS_FILE_PROPERTY, System.getenv(THEMATIC_AREAS_FILE_VARIABLE));
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(Path.of(named));
    }

    /** The lists without a CDI container: for unit tests and tooling. Services inject the bean instead. */
    public static ReferenceData load() {
        return new ReferenceData();
    }

    /** The 23 objectives of the Compact, by number. */
    public List<Objective> objectives() {
        return objectives;
    }

    public Optional<Objective> objective(int number) {
        return Optional.ofNullable(objectivesByNumber.get(number));
    }

    public boolean isObjective(int number) {
        return objectivesByNumber.containsKey(number);
    }

    /** The guiding principles, in the order of the Compact. */
    public List<GuidingPrinciple> principles() {
        return principles;
    }

    public Optional<GuidingPrinciple> principle(String code) {
        return Optional.ofNullable(code).map(principlesByCode::get);
    }

    public boolean isPrinciple(String code) {
        return principle(code).isPresent();
    }

    /** The fund's thematic areas, each with the objectives it groups. */
    public List<ThematicArea> thematicAreas() {
        return thematicAreas;
    }

    public Optional<ThematicArea> thematicArea(String code) {
        return Optional.ofNullable(code).map(thematicAreasByCode::get);
    }

    /** The IATI 2.03 organisation types, by code. */
    public List<OrganisationType> organisationTypes() {
        return organisationTypes;
    }

    public Optional<OrganisationType> organisationType(String code) {
        return Optional.ofNullable(code).map(organisationTypesByCode::get);
    }

    public boolean isOrganisationType(String code) {
        return organisationType(code).isPresent();
    }

    /** Every M49 area (world, regions, subregions, intermediate regions, countries), in file order. */
    public List<M49Area> areas() {
        return areas;
    }

    /** The area with this three-digit M49 code ("404"). */
    public Optional<M49Area> area(String m49Code) {
        return Optional.ofNullable(m49Code).map(areasByCode::get);
    }

    /** The M49 country with this ISO 3166-1 alpha-3 code ("KEN"). */
    public Optional<M49Area> country(String iso3) {
        return Optional.ofNullable(iso3).map(countriesByIso3::get);
    }

    /** Whether M49 lists a country with this ISO 3166-1 alpha-3 code; codes are upper case. */
    public boolean isCountry(String iso3) {
        return country(iso3).isPresent();
    }

    /** The REGION-level ancestor of a country (002 Africa for KEN); empty for an unknown code or for Antarctica. */
    public Optional<M49Area> region(String iso3) {
        return ancestor(iso3, M49Level.REGION);
    }

    /**
     * The SUBREGION-level ancestor of a country as M49 levels it: 202 Sub-Saharan Africa for KEN (whose direct
     * parent, 014 Eastern Africa, is an intermediate region), 021 Northern America for USA, 151 Eastern Europe for
     * UKR. Empty for an unknown code or for Antarctica.
     */
    public Optional<M49Area> subregion(String iso3) {
        return ancestor(iso3, M49Level.SUBREGION);
    }

    /** The ISO 3166-1 alpha-3 codes of all M49 countries, sorted. */
    public List<String> countryCodes() {
        return countryCodes;
    }

    /** The currencies money may be given in (ISO 4217, active, no "X" units but the CFA, CFP and Caribbean ones). */
    public List<Currency> currencies() {
        return currencies;
    }

    public Optional<Currency> currency(String code) {
        return Optional.ofNullable(currenciesByCode.get(code));
    }

    public boolean isCurrency(String code) {
        return currenciesByCode.containsKey(code);
    }

    /**
     * The M49 areas a country belongs to, nearest first, without the world: its intermediate region where it has one,
     * its subregion, its region (014, 202, 002 for KEN; 021, 019 for USA). Empty for an unknown code or Antarctica.
     */
    public List<M49Area> areasAbove(String iso3) {
        List<M49Area> above = new ArrayList<>();
        Optional<M49Area> current = country(iso3).flatMap(c -> area(c.parentCode()));
        while (current.isPresent() && current.get().level() != M49Level.WORLD) {
            above.add(current.get());
            current = area(current.get().parentCode());
        }
        return List.copyOf(above);
    }

    private Optional<M49Area> ancestor(String iso3, M49Level level) {
        return areasAbove(iso3).stream().filter(area -> area.level() == level).findFirst();
    }

    /** An unmodifiable map by key that keeps file order; a key that occurs twice is an error in the file. */
    private static <K, V> Map<K, V> index(String file, Collection<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V value : values) {
            K k = key.apply(value);
            require(map.putIfAbsent(k, value) == null, file + ": " + k + " occurs more than once");
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<Integer> numbers(String commaSeparated) {
        List<Integer> numbers = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String number : commaSeparated.split(",")) {
            int n = Integer.parseInt(number.strip());
            require(seen.add(n), "objective " + n + " occurs more than once");
            numbers.add(n);
        }
        return numbers;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Reference data " + message);
        }
    }
}
