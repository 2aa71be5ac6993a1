package org.gcm.hub.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gcm.hub.domain.FocalPoint;
import org.gcm.hub.domain.Redaction;
import org.junit.jupiter.api.Test;

/** What the erasure blanks out of free text: the focal points' names (whole and in parts), e-mails and phones. */
class RedactionTest {

    private final Redaction redaction = Redaction.of(List.of(
            new FocalPoint("Ana María Torres", "Director", "ana.torres@example.gob.mx", "+52 55 5555 0100"),
            new FocalPoint("Li Wei", null, "li.wei@example.org", null)));

    @Test
    void namesEmailsAndPhonesAreBlankedOutWhateverTheirCase() {
        assertEquals("Sent by [erased]; write to [erased] or call [erased].",
                redaction.apply("Sent by Ana María Torres; write to ANA.TORRES@example.gob.mx or call +52 55 5555 0100."));
        assertEquals("Ask Ms [erased] or [erased] [erased].", redaction.apply("Ask Ms torres or Wei Li."));
    }

    @Test
    void onlyWholeWordsAreTouched() {
        assertEquals("Analysis of Torreson's plan", redaction.apply("Analysis of Torreson's plan"));
        assertEquals("a [erased]-led plan", redaction.apply("a Torres-led plan"));
    }

    @Test
    void nothingToBlankOutLeavesTheTextAndNullStaysNull() {
        assertEquals("Relevant and feasible.", Redaction.of(List.of()).apply("Relevant and feasible."));
        assertNull(redaction.apply(null));
    }

    @Test
    void peopleBecomeMarkersButTheFundsSystemLinesStay() {
        assertEquals("[erased]", Redaction.actor("ms-mexico", "member-state"));
        assertEquals("start-up-fund", Redaction.actor("start-up-fund", "system"));
    }
}
