package org.gcm.hub.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gcm.hub.service.similar.TextSimilarity;
import org.junit.jupiter.api.Test;

/** The wording factor of similar initiatives: cosine of word counts. */
class TextSimilarityTest {

    @Test
    void wordsAreCountedInLowerCaseWithoutShortOrCommonWordsAndWithPluralsStemmed() {
        assertEquals(Map.of("centre", 2, "migrant", 1, "country", 1, "labour", 1),
                TextSimilarity.terms("The centres for migrants", "Labour centre in the countries; of a"));
        assertEquals(Map.of(), TextSimilarity.terms((String) null, "", "of to a"));
        assertEquals(Map.of("class", 1), TextSimilarity.terms("class"), "a double s is not a plural");
    }

    @Test
    void theSameWordingScoresOneAndNoSharedWordZero() {
        Map<String, Integer> text = TextSimilarity.terms("Labour migration information centres");
        assertEquals(1.0, TextSimilarity.cosine(text, TextSimilarity.terms("information centre, labour migration")),
                1e-9);
        assertEquals(0.0, TextSimilarity.cosine(text, TextSimilarity.terms("Consular registration of seafarers")));
        assertEquals(0.0, TextSimilarity.cosine(text, Map.of()), "an empty text is like nothing");
    }

    @Test
    void partlySharedWordingScoresBetweenAndIsSymmetric() {
        Map<String, Integer> a = TextSimilarity.terms("labour migration centres");
        Map<String, Integer> b = TextSimilarity.terms("migration data centres in ports");
        double score = TextSimilarity.cosine(a, b);
        assertEquals(2 / (Math.sqrt(3) * Math.sqrt(4)), score, 1e-9);
        assertEquals(score, TextSimilarity.cosine(b, a), 1e-12);
        assertTrue(score > 0 && score < 1);
    }

    @Test
    void sharedWordsComeMostFrequentFirstAndAreCapped() {
        Map<String, Integer> a = TextSimilarity.terms("centre centre centre migration labour skills");
        Map<String, Integer> b = TextSimilarity.terms("centre migration migration labour");
        assertEquals(List.of("centre", "migration", "labour"), TextSimilarity.shared(a, b, 5));
        assertEquals(List.of("centre"), TextSimilarity.shared(a, b, 1));
    }
}
