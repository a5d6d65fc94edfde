package io.github.ateraintercom.orchestrator.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The warnings or at-risk links of a run, row by row: Markdown for people, CSV for tools. */
public final class NoteTables {

    private NoteTables() {
    }

    public static String markdown(String title, String runId, String explanation, List<RecordNotes.RecordNote> notes) {
        StringBuilder out = new StringBuilder("# ").append(title).append(" of run ").append(runId).append("\n\n")
                .append(explanation).append("\n\n");
        if (notes.isEmpty()) {
            return out.append("None.\n").toString();
        }
        out.append("| file | line | object | source id | note |\n|---|---:|---|---|---|\n");
        notes.forEach(note -> out.append("| ").append(RunReports.cell(note.file())).append(" | ").append(note.line()).append(" | ")
                .append(note.objectType()).append(" | ").append(RunReports.cell(note.sourceId())).append(" | ")
                .append(RunReports.cell(note.note())).append(" |\n"));
        return out.toString();
    }

    public static String csv(List<RecordNotes.RecordNote> notes) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("file", "line", "object", "source_id", "note").get())) {
            for (RecordNotes.RecordNote note : notes) {
                printer.printRecord(SpreadsheetCell.of(note.file()), note.line(), note.objectType(), SpreadsheetCell.of(note.sourceId()),
                        SpreadsheetCell.of(note.note()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a report in memory cannot fail to be written", e);
        }
        return out.toString();
    }
}
