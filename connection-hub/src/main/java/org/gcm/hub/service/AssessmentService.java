package org.gcm.hub.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.Assessment;
import org.gcm.hub.domain.Correspondence;
import org.gcm.hub.domain.CorrespondenceKind;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.repository.CorrespondenceRepository;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.InvalidInput;

/** The secretariat's advice and assessment (para 43 (a)(i)), and the requester's answers to its questions. */
@ApplicationScoped
public class AssessmentService {

    private final RequestService requests;
    private final RequestAccess access;
    private final RequestLifecycle lifecycle;
    private final CorrespondenceRepository correspondence;
    private final HubConfig config;

    public AssessmentService(RequestService requests, RequestAccess access, RequestLifecycle lifecycle,
            CorrespondenceRepository correspondence, HubConfig config) {
        this.requests = requests;
        this.access = access;
        this.lifecycle = lifecycle;
        this.correspondence = correspondence;
        this.config = config;
    }

    @Transactional
    public CountryRequest startAssessment(String id, String ifMatch, String comment) {
        return requests.move(id, ifMatch, RequestAction.START_ASSESSMENT, comment);
    }

    @Transactional
    public CountryRequest requestInformation(String id, String ifMatch, String questions) {
        CountryRequest request = requests.move(id, ifMatch, RequestAction.REQUEST_INFORMATION, questions);
        write(request, CorrespondenceKind.INFORMATION_REQUEST, questions);
        return request;
    }

    @Transactional
    public CountryRequest provideInformation(String id, String ifMatch, String answer) {
        CountryRequest request = requests.move(id, ifMatch, RequestAction.PROVIDE_INFORMATION, null);
        write(request, CorrespondenceKind.INFORMATION_RESPONSE, answer);
        return request;
    }

    /** Advice can be given at any time while the request is open; it does not move it. */
    @Transactional
    public Correspondence advise(String id, String text) {
        CountryRequest request = access.forChange(id);
        return write(request, CorrespondenceKind.ADVICE, text);
    }

    @Transactional
    public CountryRequest accept(String id, String ifMatch, AssessmentInput input) {
        return decide(id, ifMatch, input, RequestAction.ACCEPT);
    }

    @Transactional
    public CountryRequest decline(String id, String ifMatch, AssessmentInput input) {
        return decide(id, ifMatch, input, RequestAction.DECLINE);
    }

    public List<Correspondence> correspondence(String id) {
        return correspondence.of(access.visible(id).id);
    }

    private CountryRequest decide(String id, String ifMatch, AssessmentInput input, RequestAction decision) {
        List<Assessment.CriterionScore> scores = checkScores(input);
        CountryRequest request = requests.move(id, ifMatch, decision, input.rationale());
        request.assessment = new Assessment(scores, decision.to().name(), input.rationale(), lifecycle.actor().name(),
                lifecycle.now());
        return request;
    }

    /** Every configured criterion scored once, from 1 to the maximum; nothing else. */
    private List<Assessment.CriterionScore> checkScores(AssessmentInput input) {
        Set<String> criteria = new LinkedHashSet<>(config.assessment().criteria());
        int max = config.assessment().maxScore();
        InvalidInput.Checks checks = InvalidInput.check();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < input.scores().size(); i++) {
            AssessmentInput.Score score = input.scores().get(i);
            String field = "scores[" + i + "]";
            boolean known = criteria.contains(score.criterion());
            checks.require(known, field + ".criterion", "criterion", "must be one of " + criteria)
                    .require(!known || seen.add(score.criterion()), field + ".criterion", "unique", "is scored twice")
                    .require(score.score() <= max, field + ".score", "max", "must be at most " + max);
        }
        if (checks.valid()) {
            criteria.stream().filter(c -> !seen.contains(c))
                    .forEach(c -> checks.require(false, "scores", "all-criteria", "must score " + c));
        }
        checks.orRefuse();
        return input.scores().stream()
                .map(s -> new Assessment.CriterionScore(s.criterion(), s.score(), s.comment())).toList();
    }

    private Correspondence write(CountryRequest request, CorrespondenceKind kind, String text) {
        Actor actor = lifecycle.actor();
        Correspondence line = new Correspondence();
        line.requestId = request.id;
        line.kind = kind;
        line.author = actor.name();
        line.authorRole = actor.role();
        line.writtenAt = lifecycle.now();
        line.text = text;
        correspondence.persist(line);
        return line;
    }
}
