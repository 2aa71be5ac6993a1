package org.gcm.hub.service.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.FocalPoint;
import org.gcm.hub.domain.PublishedPractice;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.hub.repository.PublishedPracticeRepository;
import org.gcm.hub.service.Geography;
import org.gcm.hub.service.RequestAccess;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

/**
 * Similar initiatives for peer exchange and replication (para 43 (a)(iii)): the knowledge platform's published
 * practices and the hub's earlier requests, ranked by objective overlap (Jaccard), geography (same country 1,
 * same UN M49 sub-region 0.6, same region 0.3) and text similarity (cosine of word counts), weighted by
 * {@code hub.similarity.*}. A member state sees earlier requests of its own country only; the secretariat, which
 * brokers peer exchange, sees all.
 */
@ApplicationScoped
public class SimilarInitiatives {

    private static final List<RequestStatus> EARLIER = List.of(RequestStatus.SUBMITTED, RequestStatus.UNDER_ASSESSMENT,
            RequestStatus.INFORMATION_REQUESTED, RequestStatus.ACCEPTED, RequestStatus.PARTNERS_PROPOSED,
            RequestStatus.IMPLEMENTATION_AGREED, RequestStatus.FUNDING_REQUESTED, RequestStatus.FUNDING_PIPELINED,
            RequestStatus.FUNDED, RequestStatus.NOT_FUNDED, RequestStatus.IN_IMPLEMENTATION, RequestStatus.COMPLETED);

    private final PublishedPracticeRepository practices;
    private final CountryRequestRepository requests;
    private final RequestAccess access;
    private final Geography geography;
    private final HubConfig config;

    public SimilarInitiatives(PublishedPracticeRepository practices, CountryRequestRepository requests,
            RequestAccess access, Geography geography, HubConfig config) {
        this.practices = practices;
        this.requests = requests;
        this.access = access;
        this.geography = geography;
        this.config = config;
    }

    /** The initiatives most like the request (one the caller may see), most similar first. */
    public Page<SimilarInitiative> find(String requestId, Paging paging) {
        CountryRequest request = access.visible(requestId);
        Map<String, Integer> words = TextSimilarity.terms(request.title, request.description);
        List<SimilarInitiative> found = new ArrayList<>();
        for (PublishedPractice p : practices.listAll()) {
            Set<String> areas = new HashSet<>(p.regions);
            score(request, words, p.objectives, p.countries, areas, TextSimilarity.terms(p.title, p.summary))
                    .map(s -> new SimilarInitiative("PRACTICE", p.practiceId, p.title, p.kind, p.objectives,
                            p.countries, s.total, s.objectives, s.geography, s.text, s.why,
                            new SimilarInitiative.Contact("/api/knowledge/practices/" + p.practiceId, p.organisations,
                                    null, null, null)))
                    .ifPresent(found::add);
        }
        boolean all = access.seesAllCountries();
        for (CountryRequest other : requests.earlierThan(request.id, request.createdAt, EARLIER)) {
            if (!all && !other.country.equals(request.country)) {
                continue;
            }
            FocalPoint focal = other.focalPoints.get(0);
            score(request, words, other.objectives, List.of(other.country), Set.of(),
                    TextSimilarity.terms(other.title, other.description))
                    .map(s -> new SimilarInitiative("REQUEST", other.id.toString(), other.title, other.status.name(),
                            other.objectives, List.of(other.country), s.total, s.objectives, s.geography, s.text,
                            s.why, new SimilarInitiative.Contact(null, List.of(), focal.name(), focal.function(),
                                    focal.email())))
                    .ifPresent(found::add);
        }
        List<SimilarInitiative> ranked = found.stream()
                .sorted(Comparator.comparingDouble(SimilarInitiative::score).reversed()
                        .thenComparing(SimilarInitiative::source).thenComparing(SimilarInitiative::id))
                .toList();
        return Page.of(ranked, paging);
    }

    private record Score(double total, double objectives, double geography, double text, List<String> why) {
    }

    private Optional<Score> score(CountryRequest request, Map<String, Integer> words, List<Integer> objectives,
            List<String> countries, Set<String> regions, Map<String, Integer> otherWords) {
        List<String> why = new ArrayList<>();
        Set<Integer> shared = new HashSet<>(request.objectives);
        shared.retainAll(objectives);
        Set<Integer> union = new HashSet<>(request.objectives);
        union.addAll(objectives);
        double objectiveOverlap = (double) shared.size() / union.size();
        if (!shared.isEmpty()) {
            why.add("shares objective(s) " + shared.stream().sorted().toList());
        }
        double geography = geography(request.country, countries, regions, why);
        double text = TextSimilarity.cosine(words, otherWords);
        List<String> sharedWords = TextSimilarity.shared(words, otherWords, 5);
        if (!sharedWords.isEmpty()) {
            why.add("similar wording: " + String.join(", ", sharedWords));
        }
        HubConfig.Similarity w = config.similarity();
        double total = (w.objectives() * objectiveOverlap + w.geography() * geography + w.text() * text)
                / (w.objectives() + w.geography() + w.text());
        return total < w.minimumScore() ? Optional.empty()
                : Optional.of(new Score(round(total), round(objectiveOverlap), geography, round(text), why));
    }

    private double geography(String country, List<String> countries, Set<String> regions, List<String> why) {
        if (countries.contains(country)) {
            why.add("same country " + country);
            return 1;
        }
        Optional<String> subregion = geography.subregion(country);
        Optional<String> region = geography.region(country);
        Set<String> theirSubregions = new HashSet<>(regions);
        Set<String> theirRegions = new HashSet<>(regions);
        countries.forEach(c -> {
            geography.subregion(c).ifPresent(theirSubregions::add);
            geography.region(c).ifPresent(theirRegions::add);
        });
        if (subregion.filter(theirSubregions::contains).isPresent()) {
            why.add("same region " + geography.name(subregion.get()));
            return 0.6;
        }
        if (region.filter(theirRegions::contains).isPresent()) {
            why.add("same continent " + geography.name(region.get()));
            return 0.3;
        }
        return 0;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
