package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.csv.ExportLayout;
import io.github.ateraintercom.extractor.csv.FileStats;
import io.github.ateraintercom.extractor.csv.HeaderMatcher;
import io.github.ateraintercom.extractor.csv.RowSink;
import io.github.ateraintercom.extractor.source.ExtractionSink;
import io.github.ateraintercom.extractor.source.RecordGate;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Extracts one object's file for one run: every data row is published to the object's topic or
 * rejected with its line and reason, and the file closes with its counts and checksum.
 */
final class FileExtraction implements RowSink {

    private final ObjectType type;
    private final Path file;
    /** A run of every record extracts every row. */
    static final LongPredicate EVERY_ROW = line -> true;

    private final RecordGate gate;
    private final LongPredicate included;
    private long rowsIncluded;

    /** {@code included} tells, by line, the rows a sample holds; every row of a run of every record. */
    FileExtraction(String runId, ObjectType type, Path file, ExtractionSink sink, LongPredicate included) {
        this.type = type;
        this.file = file;
        this.gate = new RecordGate(runId, type, type.fileName(), sink);
        this.included = included;
    }

    FileExtracted run(CsvFileReader reader) {
        try (gate) {
            FileStats stats = reader.read(file, new HeaderMatcher(ExportLayout.columns(type)), type.keyColumns(), this);
            // a sample's file is the rows it holds: those left out are neither published nor counted
            long rowsRead = included == EVERY_ROW ? stats.rowsRead() : rowsIncluded;
            return new FileExtracted(type.fileName(), rowsRead, gate.published(), gate.rejected(), stats.checksum());
        }
    }

    @Override
    public void row(long line, Map<String, String> fields) {
        if (included.test(line)) {
            rowsIncluded++;
            gate.row(line, fields, () -> String.join(",", fields.values()));
        }
    }

    @Override
    public void bad(long line, String column, String rule, String message, String original) {
        if (included.test(line)) {
            rowsIncluded++;
            gate.bad(line, column, rule, message, original);
        }
    }
}
