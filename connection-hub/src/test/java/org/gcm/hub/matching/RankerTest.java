package org.gcm.hub.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Expertise;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.service.Geography;
import org.gcm.hub.service.matching.Candidate;
import org.gcm.hub.service.matching.CandidateIndex;
import org.gcm.hub.service.matching.PartnerMatch;
import org.gcm.hub.service.matching.Ranker;
import org.gcm.hub.service.matching.Ranking;
import org.gcm.hub.service.matching.Weights;
import org.gcm.paging.Paging;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.InvalidInput;
import org.junit.jupiter.api.Test;

/** The ranking rules on partners built in memory: no database, no container. */
class RankerTest {

    private static final Geography GEOGRAPHY = new Geography(ReferenceData.load());
    private static final Weights DEFAULTS = new Weights(0.35, 0.2, 0.1, 0.1, 0.15, 0.1);
    private static final Map<Integer, Integer> EXPERT = Map.of(3, 5, 6, 5);
    private static final Paging ALL = new Paging(200, 0);

    private final List<Partner> registry = new ArrayList<>();
    private final Ranker ranker = new Ranker(GEOGRAPHY, 10);

    @Test
    void countryThenSubregionThenRegionWithEveryFactorExplained() {
        add("PRT-KEN", EXPERT, List.of("KEN"), 4);
        add("PRT-UGA", EXPERT, List.of("UGA"), 4);
        add("PRT-NGA", EXPERT, List.of("NGA"), 4);
        add("PRT-CHL", EXPERT, List.of("CHL"), 4);
        Ranking ranking = rank(request("KEN", 3, 6), DEFAULTS, false, ALL);
        assertEquals(List.of("PRT-KEN", "PRT-UGA", "PRT-NGA", "PRT-CHL"), ids(ranking));
        PartnerMatch top = ranking.items().get(0);
        assertEquals(0.9, top.score(), 0.0001, "0.35 + 0.2 + 0.1 + 0.1 + 0.15, no track record");
        assertEquals(List.of("objectives", "country", "region", "language", "capacity", "trackRecord"),
                top.factors().stream().map(PartnerMatch.Factor::name).toList());
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 0.0), scores(top));
        assertEquals("objective 3: level 5/5 (5 years); objective 6: level 5/5 (5 years)", why(top, 0));
        assertEquals("operates in KEN", why(top, 1));
        assertEquals("operates in Eastern Africa", why(top, 2), "the M49 area directly above Kenya");
        assertEquals(List.of(1.0, 0.0, 1.0, 1.0, 1.0, 0.0), scores(ranking.items().get(1)));
        assertEquals(0.5, scores(ranking.items().get(2)).get(2), "elsewhere in Africa");
        assertEquals("operates elsewhere in Africa", why(ranking.items().get(2), 2));
        assertEquals("no presence in Africa", why(ranking.items().get(3), 2));
        assertEquals(List.of(1, 2, 3, 4), ranking.items().stream().map(PartnerMatch::rank).toList());
    }

    @Test
    void expertiseLanguageCapacityAndTrackRecordCount() {
        add("PRT-NOVICE", Map.of(3, 1), List.of("ETH"), 4);
        Partner english = add("PRT-ENGLISH", EXPERT, List.of("ETH"), 4);
        english.languages = List.of("en");
        Partner busy = add("PRT-BUSY", EXPERT, List.of("ETH"), 4);
        busy.activeEngagements = 3;
        busy.completedEngagements = 20;
        Ranking ranking = rank(request("ETH", 3, 6), DEFAULTS, false, ALL);
        PartnerMatch noviceMatch = match(ranking, "PRT-NOVICE");
        assertEquals(0.1, scores(noviceMatch).get(0), 0.0001, "(1/5 + 0) / 2");
        assertTrue(why(noviceMatch, 0).contains("objective 6: no expertise"));
        assertEquals(0.0, scores(match(ranking, "PRT-ENGLISH")).get(3));
        assertEquals("works in [] of [es]", why(match(ranking, "PRT-ENGLISH"), 3));
        assertEquals(0.25, scores(match(ranking, "PRT-BUSY")).get(4));
        assertEquals("1 of 4 engagements free", why(match(ranking, "PRT-BUSY"), 4));
        assertEquals(1.0, scores(match(ranking, "PRT-BUSY")).get(5), "saturated at 10 completed engagements");
        assertTrue(rank(ranking, "PRT-ENGLISH") < rank(ranking, "PRT-NOVICE"));
    }

    @Test
    void equalScoresFallBackToExpertiseThenFreeCapacityThenId() {
        add("PRT-B", EXPERT, List.of("TZA"), 4);
        add("PRT-A", EXPERT, List.of("TZA"), 4);
        add("PRT-C", Map.of(3, 5, 6, 5), List.of("TZA"), 8).activeEngagements = 4;
        Weights onlyCountry = DEFAULTS.with(0.0, 1.0, 0.0, 0.0, 0.0, 0.0);
        Ranking ranking = rank(request("TZA", 3, 6), onlyCountry, false, ALL);
        assertEquals(List.of("PRT-A", "PRT-B", "PRT-C"), ids(ranking), "same score and expertise, 4 free each: by id");
        add("PRT-D", Map.of(3, 5, 6, 5), List.of("TZA"), 9);
        assertEquals("PRT-D", ids(rank(request("TZA", 3, 6), onlyCountry, false, ALL)).get(0), "most free capacity");
    }

    @Test
    void onlyVerifiedPartnersUnlessUnverifiedAreAskedForAndNeverSuspended() {
        add("PRT-VERIFIED", EXPERT, List.of("KEN"), 4);
        add("PRT-UNVERIFIED", EXPERT, List.of("KEN"), 4).verification = Verification.UNVERIFIED;
        add("PRT-SUSPENDED", EXPERT, List.of("KEN"), 4).verification = Verification.SUSPENDED;
        Ranking verifiedOnly = rank(request("KEN", 3), DEFAULTS, false, ALL);
        assertEquals(List.of("PRT-VERIFIED"), ids(verifiedOnly));
        assertEquals(1, verifiedOnly.total());
        Ranking withUnverified = rank(request("KEN", 3), DEFAULTS, true, ALL);
        assertEquals(List.of("PRT-UNVERIFIED", "PRT-VERIFIED"), ids(withUnverified).stream().sorted().toList());
        assertEquals(2, withUnverified.total());
    }

    @Test
    void aPageIsTheSameSliceOfTheWholeRanking() {
        for (int i = 0; i < 30; i++) {
            add(String.format("PRT-%02d", i), Map.of(3, 1 + i % 5), List.of(i % 2 == 0 ? "KEN" : "UGA"), 1 + i % 7);
        }
        List<String> whole = ids(rank(request("KEN", 3), DEFAULTS, false, ALL));
        Ranking page = rank(request("KEN", 3), DEFAULTS, false, new Paging(5, 10));
        assertEquals(whole.subList(10, 15), ids(page));
        assertEquals(11, page.items().get(0).rank());
        assertEquals(30, page.total());
    }

    @Test
    void weightsMustNotAllBeZero() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> DEFAULTS.with(0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
        assertEquals("objectivesWeight", refused.errors().get(0).field());
        assertEquals(0.5, DEFAULTS.with(0.5, null, null, null, null, null).objectives());
        assertEquals(0.2, DEFAULTS.with(0.5, null, null, null, null, null).country());
    }

    private Partner add(String id, Map<Integer, Integer> expertise, List<String> countries, int capacity) {
        Partner partner = new Partner();
        partner.id = id;
        partner.name = "Partner " + id;
        partner.acronym = id.substring(4);
        partner.expertise = expertise.entrySet().stream().map(e -> new Expertise(e.getKey(), e.getValue(), 5)).toList();
        partner.countries = countries;
        partner.languages = List.of("en", "es");
        partner.capacity = capacity;
        partner.verification = Verification.VERIFIED;
        registry.add(partner);
        return partner;
    }

    private Ranking rank(CountryRequest request, Weights weights, boolean includeUnverified, Paging paging) {
        CandidateIndex index = CandidateIndex.of(registry.stream().map(p -> Candidate.of(p, GEOGRAPHY)).toList());
        return ranker.rank(request, index, weights, includeUnverified, paging);
    }

    private static CountryRequest request(String country, Integer... objectives) {
        CountryRequest request = new CountryRequest();
        request.country = country;
        request.objectives = List.of(objectives);
        request.languages = List.of("es");
        return request;
    }

    private static List<String> ids(Ranking ranking) {
        return ranking.items().stream().map(PartnerMatch::partnerId).toList();
    }

    private static PartnerMatch match(Ranking ranking, String id) {
        return ranking.items().stream().filter(m -> m.partnerId().equals(id)).findFirst().orElseThrow();
    }

    private static int rank(Ranking ranking, String id) {
        return match(ranking, id).rank();
    }

    private static List<Double> scores(PartnerMatch match) {
        return match.factors().stream().map(PartnerMatch.Factor::score).toList();
    }

    private static String why(PartnerMatch match, int factor) {
        return match.factors().get(factor).why();
    }
}
