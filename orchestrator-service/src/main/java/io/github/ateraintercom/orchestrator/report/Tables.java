package io.github.ateraintercom.orchestrator.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report's table, for people (a Markdown table: columns of numbers right-aligned) and for tools (CSV: every
 * text cell kept from running as a formula, {@link SpreadsheetCell}).
 */
record Tables(List<String> header, List<List<Object>> rows) {

    /** A Markdown table, or {@code empty} when it has no row. */
    String markdown(String empty) {
        if (rows.isEmpty()) {
            return empty + "\n";
        }
        StringBuilder out = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int column = 0; column < header.size(); column++) {
            int index = column;
            out.append(rows.stream().anyMatch(row -> row.get(index) instanceof Number) ? "---:|" : "---|");
        }
        out.append('\n');
        rows.forEach(row -> out.append("| ").append(row.stream().map(cell -> cell == null ? "" : RunReports.cell(cell.toString()))
                .collect(Collectors.joining(" | "))).append(" |\n"));
        return out.toString();
    }

    String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(cell -> cell instanceof String text ? SpreadsheetCell.of(text) : cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a report in memory cannot fail to be written", e);
        }
        return out.toString();
    }
}
