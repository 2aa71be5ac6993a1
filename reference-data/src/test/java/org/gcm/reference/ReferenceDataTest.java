package org.gcm.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The shipped lists load and hold together: numbering, cross-references and the M49 tree. */
class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.load();

    @Test
    void theTwentyThreeObjectivesAreNumberedOneToTwentyThree() {
        assertEquals(IntStream.rangeClosed(1, 23).boxed().toList(),
                data.objectives().stream().map(Objective::number).toList());
        assertEquals("Data", data.objective(1).orElseThrow().shortLabel());
        assertTrue(data.isObjective(23));
        assertFalse(data.isObjective(0));
        assertFalse(data.isObjective(24));
    }

    @Test
    void theTenGuidingPrinciplesOfTheReferenceSetAreThere() {
        // The reference set (gcm-guiding-principles.tsv, paragraph 15 of resolution 73/195) lists 10.
        assertEquals(10, data.principles().size());
        assertEquals("Rule of law and due process", data.principle("rule-of-law").orElseThrow().label());
        assertTrue(data.isPrinciple("whole-of-society"));
        assertFalse(data.isPrinciple("Rule of law"));
        assertFalse(data.isPrinciple(null));
    }

    @Test
    void everyObjectiveBelongsToExactlyOneThematicArea() {
        Map<Integer, Integer> areasPerObjective = new HashMap<>();
        for (ThematicArea area : data.thematicAreas()) {
            for (int number : area.objectives()) {
                assertTrue(number >= 1 && number <= 23, area.code() + " names objective " + number);
                areasPerObjective.merge(number, 1, Integer::sum);
            }
        }

        assertEquals(IntStream.rangeClosed(1, 23).boxed().collect(Collectors.toMap(n -> n, n -> 1)), areasPerObjective);
        assertEquals(List.of("TA1", "TA2", "TA3", "TA4", "TA5"), data.thematicAreas().stream().map(ThematicArea::code).toList());
        assertEquals(List.of(4, 15, 16), data.thematicArea("TA5").orElseThrow().objectives());
    }

    @Test
    void theSixteenIatiOrganisationTypesAreThere() {
        assertEquals(16, data.organisationTypes().size());
        assertEquals("Government", data.organisationType("10").orElseThrow().name());
        assertTrue(data.isOrganisationType("90"));
        assertFalse(data.isOrganisationType("12"));
        assertFalse(data.isOrganisationType(null));
    }

    @Test
    void theM49FileHoldsTheWholeTree() {
        assertEquals(278, data.areas().size());
        assertEquals(248, data.countryCodes().size());
        assertEquals(1, data.areas().stream().filter(a -> a.level() == M49Level.WORLD).count());
        assertEquals("001", data.areas().get(0).code());
    }

    @Test
    void everyAreaButTheWorldHasAParentThatExists() {
        for (M49Area area : data.areas()) {
            if (area.level() == M49Level.WORLD) {
                assertEquals(null, area.parentCode());
            } else {
                assertTrue(data.area(area.parentCode()).isPresent(), area.code() + " has parent " + area.parentCode());
            }
        }
    }

    @Test
    void onlyCountriesHaveAnIso3Code() {
        for (M49Area area : data.areas()) {
            assertEquals(area.level() == M49Level.COUNTRY, area.iso3() != null, area.code());
        }
    }

    @Test
    void mexicoIsInTheAmericasUnderLatinAmericaAndTheCaribbean() {
        M49Area mexico = data.country("MEX").orElseThrow();

        assertTrue(data.isCountry("MEX"));
        assertEquals("484", mexico.code());
        assertEquals("013", mexico.parentCode()); // Central America, an intermediate region
        assertEquals("019", data.region("MEX").orElseThrow().code());
        assertEquals("Americas", data.region("MEX").orElseThrow().name());
        assertEquals("419", data.subregion("MEX").orElseThrow().code());
        assertEquals("Latin America and the Caribbean", data.subregion("MEX").orElseThrow().name());
    }

    @Test
    void kenyasSubregionIsSubSaharanAfricaAndEasternAfricaIsItsIntermediateRegion() {
        M49Area kenya = data.country("KEN").orElseThrow();
        M49Area easternAfrica = data.area(kenya.parentCode()).orElseThrow();

        assertEquals("014", easternAfrica.code());
        assertEquals(M49Level.INTERMEDIATE_REGION, easternAfrica.level());
        assertEquals("202", data.subregion("KEN").orElseThrow().code());
        assertEquals("002", data.region("KEN").orElseThrow().code());
    }

    @Test
    void theAreasAboveACountryRunNearestFirstAndStopBelowTheWorld() {
        assertEquals(List.of("014", "202", "002"), data.areasAbove("KEN").stream().map(M49Area::code).toList());
        assertEquals(List.of("021", "019"), data.areasAbove("USA").stream().map(M49Area::code).toList());
        assertEquals(List.of(), data.areasAbove("ATA"));
        assertEquals(List.of(), data.areasAbove("XXX"));
    }

    @Test
    void aCountryWithoutIntermediateRegionHasItsParentAsSubregion() {
        assertEquals("021", data.subregion("USA").orElseThrow().code());
        assertEquals("019", data.region("USA").orElseThrow().code());
    }

    @Test
    void antarcticaIsACountryWithoutRegion() {
        assertTrue(data.isCountry("ATA"));
        assertTrue(data.region("ATA").isEmpty());
        assertTrue(data.subregion("ATA").isEmpty());
    }

    @Test
    void unknownCodesAreNotCountries() {
        assertFalse(data.isCountry("XXX"));
        assertFalse(data.isCountry("mex"));
        assertFalse(data.isCountry(null));
        assertFalse(data.isCountry("484")); // an M49 code, not an ISO alpha-3 one
        assertTrue(data.region("XXX").isEmpty());
        assertTrue(data.area("999").isEmpty());
    }

    @Test
    void countryCodesAreSortedAndAreCountries() {
        List<String> codes = data.countryCodes();

        assertEquals(codes.stream().sorted().toList(), codes);
        assertTrue(codes.stream().allMatch(data::isCountry));
    }

    @Test
    void currenciesAreTheActiveIso4217CodesPeoplePayWith() {
        assertTrue(data.isCurrency("EUR"));
        assertTrue(data.isCurrency("XOF")); // the West African CFA franc is an "X" code and a currency
        assertEquals(0, data.currency("JPY").orElseThrow().minorUnits());
        assertEquals(3, data.currency("KWD").orElseThrow().minorUnits());
        for (String notOne : new String[] { "XXX", "XTS", "XAU", "XDR", "BOV", "USN", "DEM", "HRK", "eur", "ZZZ" }) {
            assertFalse(data.isCurrency(notOne), notOne);
        }
        assertFalse(data.isCurrency(null));
        assertTrue(data.currencies().stream().allMatch(c -> c.code().matches("[A-Z]{3}") && c.minorUnits() <= 3));
    }

    @Test
    void theListsCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> data.objectives().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.areas().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.countryCodes().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.currencies().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.thematicAreas().get(0).objectives().clear());
    }
}
