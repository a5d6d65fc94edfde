package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.run.Run;

import java.util.Optional;

/** A report made of the notes of one kind the transformer attached to rows (its beans are singletons: no proxy needs a no-argument constructor). */
abstract class NoteReport implements RunReport {

    private final RecordNotes notes;
    private final RecordNotes.Kind kind;
    private final String title;
    private final String explanation;

    NoteReport(RecordNotes notes, RecordNotes.Kind kind, String title, String explanation) {
        this.notes = notes;
        this.kind = kind;
        this.title = title;
        this.explanation = explanation;
    }

    @Override
    public String markdown(Run run) {
        return NoteTables.markdown(title, run.id, explanation, notes.of(run.id, kind));
    }

    @Override
    public Optional<String> csv(Run run) {
        return Optional.of(NoteTables.csv(notes.of(run.id, kind)));
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(notes.of(run.id, kind));
    }
}
