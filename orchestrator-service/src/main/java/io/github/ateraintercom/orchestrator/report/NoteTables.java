package io.github.ateraintercom.orchestrator.report;

import java.util.Arrays;
import java.util.List;

/** The warnings or at-risk links of a run, row by row: Markdown for people, CSV for tools. */
public final class NoteTables {

    private NoteTables() {
    }

    public static String markdown(String title, String runId, String explanation, List<RecordNotes.RecordNote> notes) {
        return "# " + title + " of run " + runId + "\n\n" + explanation + "\n\n"
                + table(notes, "file", "line", "object", "source id", "note").markdown();
    }

    public static String csv(List<RecordNotes.RecordNote> notes) {
        return table(notes, "file", "line", "object", "source_id", "note").csv();
    }

    private static ReportTable table(List<RecordNotes.RecordNote> notes, String... header) {
        return new ReportTable(List.of(header), notes.stream()
                .map(note -> Arrays.<Object>asList(note.file(), note.line(), note.objectType(), note.sourceId(), note.note())).toList());
    }
}
