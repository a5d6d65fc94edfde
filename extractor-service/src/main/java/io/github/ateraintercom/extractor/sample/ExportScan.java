package io.github.ateraintercom.extractor.sample;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.csv.ExportLayout;
import io.github.ateraintercom.extractor.csv.HeaderMatcher;
import io.github.ateraintercom.extractor.csv.RowSink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads one file of an export for choosing a sample: every usable row, in file order, with its line;
 * unusable rows are left to the extraction, which rejects them. A missing file has no rows.
 */
final class ExportScan {

    /** Receives a usable row. */
    interface Row {
        void row(long line, Map<String, String> fields);
    }

    private final Path directory;
    private final CsvFileReader reader;

    ExportScan(Path directory, CsvFileReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    /** The file's rows, usable or not; 0 when the export has no such file. */
    long read(String fileName, List<String> columns, Row sink) {
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        return reader.read(file, new HeaderMatcher(columns), List.of(), new RowSink() {
            @Override
            public void row(long line, Map<String, String> fields) {
                sink.row(line, fields);
            }

            @Override
            public void bad(long line, String column, String rule, String message, String original) {
            }
        }).rowsRead();
    }

    long read(ObjectType type, Row sink) {
        return read(type.fileName(), ExportLayout.columns(type), sink);
    }

    /** A field's value stripped; empty when absent. */
    static String value(Map<String, String> fields, String column) {
        String value = fields.get(column);
        return value == null ? "" : value.strip();
    }
}
