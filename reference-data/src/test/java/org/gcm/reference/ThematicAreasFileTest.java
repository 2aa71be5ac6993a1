package org.gcm.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thematic areas are a default an operator replaces with a file, for every service at once. */
class ThematicAreasFileTest {

    @TempDir
    Path folder;

    @Test
    void anOperatorsFileReplacesTheDefaultAreasAndNothingElse() throws IOException {
        Path file = Files.writeString(folder.resolve("areas.tsv"), """
                code\ttitle\tobjectives
                TA1\tData and evidence\t1,17
                TA9\tEverything else\t2,3,4
                """);

        ReferenceData replaced = new ReferenceData(Optional.of(file));

        assertEquals(List.of("TA1", "TA9"), replaced.thematicAreas().stream().map(ThematicArea::code).toList());
        assertEquals(List.of(1, 17), replaced.thematicArea("TA1").orElseThrow().objectives());
        assertEquals(23, replaced.objectives().size(), "the other lists stay the module's");
    }

    @Test
    void withoutAFileTheModulesDefaultHolds() {
        ReferenceData standard = new ReferenceData(Optional.empty());

        assertTrue(standard.thematicArea("TA5").isPresent());
    }

    @Test
    void aBrokenFileStopsTheStartNamingFileAndLine() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.tsv"), """
                code\ttitle\tobjectives
                TA1\tData\t1,99
                """);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new ReferenceData(Optional.of(file)));
        assertTrue(refused.getMessage().contains("TA1 names unknown objective 99"), refused.getMessage());

        Path missing = folder.resolve("missing.tsv");
        IllegalStateException absent = assertThrows(IllegalStateException.class,
                () -> new ReferenceData(Optional.of(missing)));
        assertTrue(absent.getMessage().contains("missing.tsv"), absent.getMessage());
    }
}
