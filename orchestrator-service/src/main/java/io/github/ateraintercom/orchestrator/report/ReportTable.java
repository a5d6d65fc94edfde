package io.github.ateraintercom.orchestrator.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of a report, for people (a Markdown table: pipes escaped, line breaks flattened, columns of
 * numbers right-aligned) and for tools (CSV, each text cell a spreadsheet would run as a formula
 * neutralised by {@link SpreadsheetCell}). A null cell is empty; numbers are written as they are.
 */
public final class ReportTable {

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public ReportTable(String... header) {
        this.header = List.of(header);
    }

    public ReportTable(List<String> header, List<? extends List<?>> rows) {
        this.header = List.copyOf(header);
        rows.forEach(row -> row(row.toArray()));
    }

    public ReportTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for the " + header.size() + " columns " + header);
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The Markdown table; {@code None.} when it has no row. */
    public String markdown() {
        return markdown("None.");
    }

    /** The Markdown table, or {@code empty} when it has no row. */
    public String markdown(String empty) {
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

    public String csv() {
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
