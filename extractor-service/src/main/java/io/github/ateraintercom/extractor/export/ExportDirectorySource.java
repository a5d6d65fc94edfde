package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.csv.ExportFile;
import io.github.ateraintercom.extractor.csv.ExportLayout;
import io.github.ateraintercom.extractor.csv.HeaderMatcher;
import io.github.ateraintercom.extractor.csv.RowSink;
import io.github.ateraintercom.extractor.sample.ExportSample;
import io.github.ateraintercom.extractor.source.ExtractionSink;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import io.github.ateraintercom.extractor.source.RunSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/** A run's export directory: each object is read from its CSV file. */
final class ExportDirectorySource implements RunSource {

    private final String runId;
    private final Path directory;
    private final CsvFileReader reader;
    /** The rows a sample run extracts; null: every row. */
    private final ExportSample sample;

    ExportDirectorySource(String runId, Path directory, CsvFileReader reader, ExportSample sample) {
        this.runId = runId;
        this.directory = directory;
        this.reader = reader;
        this.sample = sample;
    }

    @Override
    public String location() {
        return directory.toString();
    }

    @Override
    public Optional<FileExtracted> extract(ObjectType type, ExtractionSink sink) {
        ExportFile layout = ExportLayout.file(type.fileName()).orElseThrow();
        Path file = directory.resolve(type.fileName());
        if (!Files.isRegularFile(file)) {
            if (layout.presence() == ExportFile.Presence.REQUIRED) {
                throw new FatalSourceError(type.fileName() + " is missing from " + directory);
            }
            return Optional.empty();
        }
        LongPredicate included = sample == null ? FileExtraction.EVERY_ROW : line -> sample.includes(type.fileName(), line);
        return Optional.of(new FileExtraction(runId, type, file, sink, included).run(reader));
    }

    /** Counts data rows only; a row the reader finds bad is still a row of the file. */
    @Override
    public Map<String, Long> countExcluded() {
        if (sample != null) {
            return sample.excluded();
        }
        Map<String, Long> counts = new TreeMap<>();
        for (ExportFile layout : ExportLayout.FILES) {
            Path file = directory.resolve(layout.name());
            if (layout.excluded() && Files.isRegularFile(file)) {
                counts.put(layout.name(), reader.read(file, new HeaderMatcher(List.of()), List.of(), RowSink.COUNT_ONLY).rowsRead());
            }
        }
        return counts;
    }
}
