package org.gcm.knowledge.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.payload.ImplementingOrganisation;
import org.gcm.events.contract.payload.RequestCompleted;
import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.lifecycle.Actor;
import org.jboss.logging.Logger;

/**
 * Opens a DRAFT practice (kind INITIATIVE) from a completed hub request, once per request. The event names no
 * requester, so the draft belongs to the requesting country: member-state users of that country may complete
 * and submit it, and editors may too. Its text is taken as English (the hub's working language).
 */
@ApplicationScoped
public class RequestDrafts {

    private static final Logger LOG = Logger.getLogger(RequestDrafts.class);
    private static final int SUMMARY_LENGTH = 600;
    /** The event names no person: the hub opened the draft. */
    private static final Actor HUB = Actor.system("connection-hub");

    private final PracticeRepository practices;
    private final PracticeLifecycle lifecycle;
    private final ContentWriter writer;

    public RequestDrafts(PracticeRepository practices, PracticeLifecycle lifecycle, ContentWriter writer) {
        this.practices = practices;
        this.lifecycle = lifecycle;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(RequestCompleted request) {
        if (practices.bySourceRequest(request.requestId()).isPresent()) {
            LOG.infof("Request %s already has a draft practice; nothing to do", request.requestId());
            return;
        }
        List<String> lead = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        for (ImplementingOrganisation o : request.implementingOrganisations()) {
            (o.role() == ImplementingOrganisation.Role.LEAD ? lead : partners).add(o.name());
        }
        String summary = request.description().length() <= SUMMARY_LENGTH ? request.description()
                : request.description().substring(0, SUMMARY_LENGTH - 1) + "…";
        PracticeContent content = new PracticeContent(Kind.INITIATIVE, "en", Map.of("en", request.title()),
                Map.of("en", summary), request.description(), request.objectives(), request.guidingPrinciples(),
                List.of(request.requestingCountry()), List.of(), lead, partners, null, request.completedOn(), null, null,
                List.of(), null, null, null, null, null);
        Practice p = writer.newPractice(HUB.name(), content, PracticeStatus.DRAFT, lifecycle.now());
        p.ownerCountry = request.requestingCountry();
        p.sourceRequestId = request.requestId();
        practices.persist(p);
        lifecycle.created(p, HUB, "drafted from completed request " + request.requestId());
        LOG.infof("Practice %s opened as DRAFT from completed request %s", p.id, request.requestId());
    }
}
