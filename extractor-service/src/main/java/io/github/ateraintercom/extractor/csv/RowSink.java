package io.github.ateraintercom.extractor.csv;

import java.util.Map;

/** Receives each data row of a file as it is read, good or bad. */
public interface RowSink {

    /** For files that are only counted: every row is read and nothing is kept. */
    RowSink COUNT_ONLY = new RowSink() {
        @Override
        public void row(long line, Map<String, String> fields) {
        }

        @Override
        public void bad(long line, String column, String rule, String message, String original) {
        }
    };

    void row(long line, Map<String, String> fields);

    /** A row that cannot be used; {@code column} is null when the fault is the row as a whole. */
    void bad(long line, String column, String rule, String message, String original);
}
