package org.gcm.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The reader keeps empty cells and refuses a broken file loudly, naming file and line. */
class ReferenceFileTest {

    private static final Function<String[], String[]> CELLS = Function.identity();

    @Test
    void readsRowsAfterTheHeaderKeepingEmptyCellsAndSkippingBlankLines() {
        List<String[]> rows = ReferenceFile.read("org/gcm/reference/well-formed.tsv", CELLS);

        assertEquals(2, rows.size());
        assertArrayEquals(new String[] { "A", "first", "" }, rows.get(0));
        assertArrayEquals(new String[] { "B", "second", "noted" }, rows.get(1));
    }

    @Test
    void refusesARowWithTheWrongColumnCount() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferenceFile.read("org/gcm/reference/malformed-row.tsv", CELLS));

        assertTrue(e.getMessage().contains("malformed-row.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void refusesAValueTheRowMappingCannotRead() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferenceFile.read("org/gcm/reference/bad-number.tsv", r -> Integer.parseInt(r[0])));

        assertTrue(e.getMessage().contains("bad-number.tsv line 4"), e.getMessage());
    }

    @Test
    void refusesAMissingFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferenceFile.read("org/gcm/reference/no-such-file.tsv", CELLS));

        assertTrue(e.getMessage().contains("no-such-file.tsv"), e.getMessage());
    }
}
