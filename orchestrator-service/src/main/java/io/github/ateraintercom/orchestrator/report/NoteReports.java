package io.github.ateraintercom.orchestrator.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The reports made of notes about rows, by the name the API and the run directory give them. */
public enum NoteReports {

    AT_RISK_LINKS("at-risk-links", RecordNotes.Kind.AT_RISK_LINK, "At-risk links",
            "Links to files hosted by Atera, in migrated bodies and attachments: they stop working once the Atera account "
                    + "is closed. Download each file and attach it again (or host it elsewhere) before then."),
    WARNINGS("warnings", RecordNotes.Kind.WARNING, "Warnings",
            "Rows that migrated with something a person should check, e.g. a value Atera does not define, kept as written.");

    private final String fileName;
    private final RecordNotes.Kind kind;
    private final String title;
    private final String explanation;

    NoteReports(String fileName, RecordNotes.Kind kind, String title, String explanation) {
        this.fileName = fileName;
        this.kind = kind;
        this.title = title;
        this.explanation = explanation;
    }

    public static Optional<NoteReports> named(String name) {
        return Arrays.stream(values()).filter(report -> report.fileName.equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(report -> report.fileName).collect(Collectors.joining(", "));
    }

    public String fileName() {
        return fileName;
    }

    RecordNotes.Kind kind() {
        return kind;
    }

    public String markdown(String runId, RecordNotes notes) {
        return NoteTables.markdown(title, runId, explanation, notes.of(runId, kind));
    }

    public String csv(String runId, RecordNotes notes) {
        return NoteTables.csv(notes.of(runId, kind));
    }
}
