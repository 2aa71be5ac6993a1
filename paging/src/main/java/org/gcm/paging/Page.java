package org.gcm.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same in every service: the items asked for and how many there are in all. The service
 * layer returns a page of domain objects; the REST layer maps it to a page of views with {@link #map}.
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }

    /** A short list answered whole (a review panel, the forums): all its items, and as many in all. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, items.size());
    }

    /** The page that {@code paging} asks for, cut from a list held whole in memory (a ranking, say). */
    public static <T> Page<T> of(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.limit(), all.size());
        return new Page<>(all.subList(from, to), all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), total);
    }
}
