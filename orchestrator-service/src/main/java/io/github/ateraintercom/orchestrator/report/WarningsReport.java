package io.github.ateraintercom.orchestrator.report;

import jakarta.inject.Singleton;

/** Rows that migrated with something a person should check. */
@Singleton
class WarningsReport extends NoteReport {

    WarningsReport(RecordNotes notes) {
        super(notes, RecordNotes.Kind.WARNING, "Warnings",
                "Rows that migrated with something a person should check, e.g. a value Atera does not define, kept as written.");
    }

    @Override
    public String name() {
        return "warnings";
    }
}
