package org.gcm.hub.service.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.service.Geography;
import org.gcm.paging.Paging;

/**
 * The ranking rules of {@link PartnerMatcher}, over candidates in memory: no database, no container, so they are
 * tested on partners built in the test. Six factors, each from 0 to 1:
 * <ul>
 * <li>objectives: the mean, over the request's objectives, of the partner's expertise level / 5;</li>
 * <li>country: 1 if it operates in the requesting country;</li>
 * <li>region: 1 if it operates in the country's UN M49 sub-region, 0.5 if only in its region;</li>
 * <li>language: the share of the request's languages it works in (1 when the request names none);</li>
 * <li>capacity: its free capacity / its capacity;</li>
 * <li>trackRecord: its completed engagements / the saturation, at most 1.</li>
 * </ul>
 * The score is the weighted mean. Ties break on objectives, then free capacity, then partner id, so the order is
 * always the same. Unverified partners take part only when asked for; suspended ones never.
 */
public final class Ranker {

    private record Scored(Candidate candidate, double[] factors, double score) {
    }

    /** Best first: score, then objective expertise, then free capacity, then partner id. */
    private static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Comparator.comparingDouble((Scored s) -> s.factors()[0]).reversed())
            .thenComparing(Comparator.comparingInt((Scored s) -> s.candidate().free()).reversed())
            .thenComparing(s -> s.candidate().id());

    private static final String[] NAMES = { "objectives", "country", "region", "language", "capacity", "trackRecord" };

    private final Geography geography;
    private final int saturation;

    /** @param saturation completed engagements at which the track-record factor reaches 1 */
    public Ranker(Geography geography, int saturation) {
        this.geography = geography;
        this.saturation = Math.max(1, saturation);
    }

    public Ranking rank(CountryRequest request, CandidateIndex index, Weights weights, boolean includeUnverified,
            Paging paging) {
        double[] w = { weights.objectives(), weights.country(), weights.region(), weights.language(),
                weights.capacity(), weights.trackRecord() };
        double sum = weights.sum();
        Optional<String> subregion = geography.subregion(request.country);
        Optional<String> region = geography.region(request.country);
        int[] objectives = request.objectives.stream().mapToInt(Integer::intValue).toArray();
        // Only the page asked for is sorted: a bounded heap keeps the best offset + limit, worst on top.
        int keep = paging.offset() + paging.limit();
        PriorityQueue<Scored> best = new PriorityQueue<>(keep + 1, ORDER.reversed());
        int ranked = 0;
        BitSet inCountry = CandidateIndex.in(index.countries(), request.country);
        BitSet inSubregion = CandidateIndex.in(index.subregions(), subregion.orElse(""));
        BitSet inRegion = CandidateIndex.in(index.regions(), region.orElse(""));
        BitSet[] speaking = request.languages.stream().map(l -> CandidateIndex.in(index.languages(), l))
                .toArray(BitSet[]::new);
        List<Candidate> candidates = index.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            boolean eligible = c.verification() == Verification.VERIFIED
                    || (includeUnverified && c.verification() == Verification.UNVERIFIED);
            if (!eligible) {
                continue;
            }
            ranked++;
            double expertise = 0;
            for (int objective : objectives) {
                expertise += c.levels()[objective];
            }
            double f0 = expertise / (5.0 * objectives.length);
            double f1 = inCountry.get(i) ? 1 : 0;
            double f2 = inSubregion.get(i) ? 1 : inRegion.get(i) ? 0.5 : 0;
            double f3 = languages(speaking, i);
            double f4 = c.capacity() == 0 ? 0 : (double) c.free() / c.capacity();
            double f5 = Math.min(1, (double) c.completed() / saturation);
            double score = (w[0] * f0 + w[1] * f1 + w[2] * f2 + w[3] * f3 + w[4] * f4 + w[5] * f5) / sum;
            if (best.size() == keep && score < best.peek().score()) {
                continue;
            }
            best.add(new Scored(c, new double[] { f0, f1, f2, f3, f4, f5 }, score));
            if (best.size() > keep) {
                best.poll();
            }
        }
        List<Scored> page = best.stream().sorted(ORDER).skip(paging.offset()).toList();
        List<PartnerMatch> items = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            items.add(explain(paging.offset() + i + 1, page.get(i), w, request, subregion, region));
        }
        return new Ranking(weights, includeUnverified, ranked, items);
    }

    /** The share of the request's languages the partner works in; 1 when the request names none. */
    private static double languages(BitSet[] speakingEachAsked, int candidate) {
        if (speakingEachAsked.length == 0) {
            return 1;
        }
        int spoken = 0;
        for (BitSet speaking : speakingEachAsked) {
            if (speaking.get(candidate)) {
                spoken++;
            }
        }
        return (double) spoken / speakingEachAsked.length;
    }

    private PartnerMatch explain(int rank, Scored s, double[] w, CountryRequest request, Optional<String> subregion,
            Optional<String> region) {
        Candidate c = s.candidate();
        String[] why = new String[6];
        why[0] = request.objectives.stream().map(o -> "objective " + o + ": " + (c.levels()[o] == 0 ? "no expertise"
                : "level " + c.levels()[o] + "/5" + (c.years()[o] > 0 ? " (" + c.years()[o] + " years)" : "")))
                .collect(Collectors.joining("; "));
        why[1] = c.countries().contains(request.country) ? "operates in " + request.country
                : "does not operate in " + request.country;
        why[2] = subregion.filter(c.subregions()::contains).map(r -> "operates in " + geography.name(r))
                .or(() -> region.filter(c.regions()::contains).map(r -> "operates elsewhere in " + geography.name(r)))
                .orElse("no presence in " + region.map(geography::name).orElse("the region"));
        why[3] = request.languages.isEmpty() ? "the request names no language"
                : "works in " + request.languages.stream().filter(c.languages()::contains).toList() + " of "
                        + request.languages;
        why[4] = c.free() + " of " + c.capacity() + " engagements free";
        why[5] = c.completed() + " completed engagements (full score at " + saturation + ")";
        List<PartnerMatch.Factor> factors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            factors.add(new PartnerMatch.Factor(NAMES[i], round(s.factors()[i]), w[i], why[i]));
        }
        return new PartnerMatch(rank, c.id(), c.name(), c.acronym(), c.unEntity(), c.verification(), round(s.score()),
                factors);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
