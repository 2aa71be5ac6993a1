package org.gcm.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    private final List<String> ranked = List.of("a", "b", "c", "d", "e");

    @Test
    void aPageCutFromAListCarriesTheWholeListsTotal() {
        Page<String> second = Page.of(ranked, new Paging(2, 2));

        assertEquals(List.of("c", "d"), second.items());
        assertEquals(5, second.total());
    }

    @Test
    void aPagePastTheEndIsEmptyButStillCountsTheList() {
        assertEquals(new Page<>(List.of("e"), 5), Page.of(ranked, new Paging(20, 4)));
        assertEquals(new Page<>(List.of(), 5), Page.of(ranked, new Paging(20, 9)));
    }

    @Test
    void viewsAreMappedItemByItemAndTheTotalKept() {
        Page<Integer> lengths = Page.all(List.of("one", "three")).map(String::length);

        assertEquals(new Page<>(List.of(3, 5), 2), lengths);
    }
}
