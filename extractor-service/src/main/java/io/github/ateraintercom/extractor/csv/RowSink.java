package io.github.ateraintercom.extractor.csv;

import java.util.Map;

/** Receives each data row of a file as it is read, good or bad. */
public interface RowSink {

    void row(long line, Map<String, String> fields);

    /** A row that cannot be used; {@code column} is null when the fault is the row as a whole. */
    void bad(long line, String column, String rule, String message, String original);
}
