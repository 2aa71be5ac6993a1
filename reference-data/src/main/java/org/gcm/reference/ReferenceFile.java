package org.gcm.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one tab-separated reference file, from the classpath or (an operator's replacement of a default list) from
 * a path: UTF-8, a header line, then one row per line. A broken file fails loudly at start-up, naming file and line,
 * rather than quietly dropping or shifting values.
 */
final class ReferenceFile {

    private ReferenceFile() {
    }

    /**
     * The data rows of {@code resource}, each turned into a value by {@code row}. The header is checked and skipped,
     * blank lines are ignored and empty cells are kept as empty strings.
     *
     * @throws IllegalStateException naming file and line if the file is missing or has no header, if a row has not
     *         as many cells as the header, or if {@code row} refuses a row (a number that is not one, say)
     */
    static <T> List<T> read(String resource, Function<String[], T> row) {
        InputStream in = ReferenceFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference file " + resource + " is missing from the classpath");
        }
        return parse(resource, in, row);
    }

    /** The data rows of the file at {@code path}, read as {@link #read(String, Function)} reads a resource. */
    static <T> List<T> read(Path path, Function<String[], T> row) {
        try {
            return parse(path.toString(), Files.newInputStream(path), row);
        } catch (IOException e) {
            throw new IllegalStateException("Reference file " + path + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> parse(String resource, InputStream in, Function<String[], T> row) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw new IllegalStateException("Reference file " + resource + " line 1: no header line");
            }
            int columns = cells(header).length;
            List<T> values = new ArrayList<>();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = cells(line);
                if (cells.length != columns) {
                    throw new IllegalStateException("Reference file " + resource + " line " + lineNumber + ": "
                            + cells.length + " columns where the header has " + columns);
                }
                try {
                    values.add(row.apply(cells));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(
                            "Reference file " + resource + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
            return List.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException("Reference file " + resource + " cannot be read", e);
        }
    }

    /** Splits on tabs, keeping trailing empty cells (an M49 area without iso3 ends in a tab). */
    private static String[] cells(String line) {
        return line.split("\t", -1);
    }
}
