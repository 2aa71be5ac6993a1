package org.gcm.hub.service.similar;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Cosine similarity of the word counts of two texts, common English words left out. */
public final class TextSimilarity {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "that", "this", "into",
            "are", "was", "were", "will", "its", "their", "has", "have", "been", "not", "but", "all", "any", "can",
            "more", "other", "than", "they", "them", "who", "which", "what", "when", "where", "how", "our", "out",
            "per", "via", "also", "such", "these", "those", "between", "within", "through", "about", "over");

    private TextSimilarity() {
    }

    /** The words of the texts (three letters or more, common English words left out, plurals stemmed) and their counts. */
    public static Map<String, Integer> terms(String... texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
                if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
                    counts.merge(stem(word), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** 0 (no word shared) to 1 (the same words in the same proportions). */
    public static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0);
        }
        return dot / (norm(a) * norm(b));
    }

    /** The shared words, most frequent first, at most {@code max}. */
    public static List<String> shared(Map<String, Integer> a, Map<String, Integer> b, int max) {
        TreeSet<String> common = new TreeSet<>(a.keySet());
        common.retainAll(b.keySet());
        return common.stream().sorted((x, y) -> Integer.compare(a.get(y) + b.get(y), a.get(x) + b.get(x)))
                .limit(max).toList();
    }

    private static double norm(Map<String, Integer> v) {
        double sum = 0;
        for (int count : v.values()) {
            sum += (double) count * count;
        }
        return Math.sqrt(sum);
    }

    /** A light plural stem, so that "centre" and "centres" meet. */
    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
