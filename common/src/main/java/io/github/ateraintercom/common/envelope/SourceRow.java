package io.github.ateraintercom.common.envelope;

/** Where a record was read: the export file and the 1-based line its row starts on. */
public record SourceRow(String file, long line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
