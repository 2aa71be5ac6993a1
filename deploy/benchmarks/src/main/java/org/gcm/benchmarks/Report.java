package org.gcm.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The report of one run: the machine and versions, each figure beside its baseline in a table, and every goal with
 * its verdict. Written twice from the same data: Markdown for people, JSON for tools.
 */
final class Report {

    /** A goal of issue 9, what was measured against it, and whether it was met. */
    record Goal(String figure, String target, String measured, boolean met, String note) {
    }

    /** One table: a heading, what it measures and how, the columns, and rows of numbers or text. */
    record Section(String title, String method, List<String> columns, List<List<Object>> rows, List<String> notes) {
    }

    final Map<String, Object> run = new LinkedHashMap<>();
    final List<Section> sections = new ArrayList<>();
    final List<Goal> goals = new ArrayList<>();

    Section section(String title, String method, String... columns) {
        Section section = new Section(title, method, List.of(columns), new ArrayList<>(), new ArrayList<>());
        sections.add(section);
        return section;
    }

    void goal(String figure, String target, String measured, boolean met, String note) {
        goals.add(new Goal(figure, target, measured, met, note));
    }

    void write(Path markdown, Path json) throws IOException {
        // In the order of their numbers, whatever order the run measured them in.
        sections.sort(java.util.Comparator.comparing(Section::title));
        Files.createDirectories(markdown.toAbsolutePath().getParent());
        Files.writeString(markdown, markdown());
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("run", run);
        tree.put("goals", goals);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("title", section.title());
            table.put("method", section.method());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : section.rows()) {
                Map<String, Object> named = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    named.put(section.columns().get(i), row.get(i));
                }
                rows.add(named);
            }
            table.put("rows", rows);
            table.put("notes", section.notes());
            tables.add(table);
        }
        tree.put("sections", tables);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), tree);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        md.append("Written by `deploy/bench` (see the README, section Performance, for how to read it).\n\n");
        run.forEach((name, value) -> md.append("- **").append(name).append("**: ").append(value).append('\n'));
        md.append("\n## Goals\n\n| figure | goal | measured | verdict |\n|---|---|---|---|\n");
        for (Goal goal : goals) {
            md.append("| ").append(goal.figure()).append(" | ").append(goal.target()).append(" | ").append(goal.measured())
                    .append(" | ").append(goal.met() ? "met" : "**missed**" + (goal.note().isEmpty() ? "" : ": " + goal.note()))
                    .append(" |\n");
        }
        for (Section section : sections) {
            md.append("\n## ").append(section.title()).append("\n\n").append(section.method()).append("\n\n| ")
                    .append(String.join(" | ", section.columns())).append(" |\n|")
                    .append("---|".repeat(section.columns().size())).append('\n');
            for (List<Object> row : section.rows()) {
                md.append("| ");
                for (Object cell : row) {
                    md.append(cell instanceof Double d ? number(d) : String.valueOf(cell)).append(" | ");
                }
                md.setLength(md.length() - 1);
                md.append('\n');
            }
            for (String note : section.notes()) {
                md.append("\n").append(note).append('\n');
            }
        }
        return md.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
