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

    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), total);
    }
}
