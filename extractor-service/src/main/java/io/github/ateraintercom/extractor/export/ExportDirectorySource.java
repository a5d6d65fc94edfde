package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.source.ExtractionSink;
import io.github.ateraintercom.extractor.source.RunSource;

import java.nio.file.Path;

/** A run's export directory: each object is read from its CSV file. */
final class ExportDirectorySource implements RunSource {

    private final String runId;
    private final Path directory;
    private final CsvFileReader reader;

    ExportDirectorySource(String runId, Path directory, CsvFileReader reader) {
        this.runId = runId;
        this.directory = directory;
        this.reader = reader;
    }

    @Override
    public String location() {
        return directory.toString();
    }

    @Override
    public FileExtracted extract(ObjectType type, ExtractionSink sink) {
        return new FileExtraction(runId, type, directory, sink).run(reader);
    }
}
