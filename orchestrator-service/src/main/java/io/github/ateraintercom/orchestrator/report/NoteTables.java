package io.github.ateraintercom.orchestrator.report;

import java.util.Arrays;
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
        return new Tables(List.of("file", "line", "object", "source_id", "note"), notes.stream()
                .map(note -> Arrays.<Object>asList(note.file(), note.line(), note.objectType(), note.sourceId(), note.note())).toList()).csv();
    }
}
