package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.csv.ExportLayout;
import io.github.ateraintercom.extractor.csv.FatalFileError;
import io.github.ateraintercom.extractor.csv.FileStats;
import io.github.ateraintercom.extractor.csv.HeaderMatcher;
import io.github.ateraintercom.extractor.csv.RowSink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Extracts one object's file for one run: every data row is published to the object's topic or
 * rejected with its line and reason, and the file closes with its counts and checksum.
 */
final class FileExtraction implements RowSink {

    private final String runId;
    private final ObjectType type;
    private final Path file;
    private final ExtractionSink sink;
    private final Map<String, Long> firstLineById = new HashMap<>();
    private long published;
    private long rejected;

    FileExtraction(String runId, ObjectType type, Path directory, ExtractionSink sink) {
        this.runId = runId;
        this.type = type;
        this.file = directory.resolve(type.fileName());
        this.sink = sink;
    }

    FileExtracted run(CsvFileReader reader) {
        if (!Files.isRegularFile(file)) {
            throw new FatalFileError(type.fileName() + " is missing from " + file.getParent());
        }
        FileStats stats = reader.read(file, new HeaderMatcher(ExportLayout.columns(type)), type.keyColumn(), this);
        return new FileExtracted(type.fileName(), stats.rowsRead(), published, rejected, stats.checksum());
    }

    @Override
    public void row(long line, Map<String, String> fields) {
        String id = fields.get(type.keyColumn()).strip();
        String original = String.join(",", fields.values());
        if (id.isEmpty()) {
            reject(line, null, type.keyColumn(), "missing-key", type.keyColumn() + " is empty", original);
            return;
        }
        Long firstLine = firstLineById.putIfAbsent(id, line);
        if (firstLine != null) {
            reject(line, id, type.keyColumn(), "duplicate-key",
                    "duplicate " + type.keyColumn() + " " + id + ", already read at line " + firstLine, original);
            return;
        }
        published++;
        sink.record(Envelope.of(runId, type, id, new SourceRow(type.fileName(), line), new AteraRow(fields)));
    }

    @Override
    public void bad(long line, String column, String rule, String message, String original) {
        reject(line, null, column, rule, message, original);
    }

    /** A row without a usable id is identified by its location, which is unique within the run. */
    private void reject(long line, String id, String column, String rule, String message, String original) {
        rejected++;
        SourceRow row = new SourceRow(type.fileName(), line);
        String where = row.file() + " line " + line + (column == null ? "" : " column " + column);
        sink.reject(Envelope.of(runId, type, id != null ? id : row.toString(), row,
                new Reject(Stage.EXTRACT, rule, column, where + ": " + message, original)));
    }
}
