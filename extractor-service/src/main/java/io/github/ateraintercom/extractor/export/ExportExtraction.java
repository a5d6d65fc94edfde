package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.config.ExtractorConfig;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.csv.FatalFileError;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Extracts a run's export directory file by file, and tells the orchestrator how it ended. */
@ApplicationScoped
public class ExportExtraction {

    private static final Logger LOG = Logger.getLogger(ExportExtraction.class);
    /** The source id of run-wide events, which belong to no single object. */
    static final String RUN_SOURCE_ID = "run";

    private final ExtractorPublisher publisher;
    private final ExtractorConfig config;

    ExportExtraction(ExtractorPublisher publisher, ExtractorConfig config) {
        this.publisher = publisher;
        this.config = config;
    }

    public void extract(RunStarted run) {
        Path directory = Path.of(run.sourceDirectory());
        CsvFileReader reader = new CsvFileReader(config.maxFieldChars());
        List<String> files = new ArrayList<>();
        String failure = null;
        try {
            for (ObjectType type : ObjectType.values()) {
                FileExtracted extracted = publisher.atomically(type.fileName(), () -> {
                    FileExtracted file = new FileExtraction(run.runId(), type, directory, publisher).run(reader);
                    publisher.event(Envelope.of(run.runId(), type, file.file(), new SourceRow(file.file(), 0), file));
                    return file;
                });
                files.add(extracted.file());
                LOG.infof("run %s: %s read %d rows, published %d, rejected %d", run.runId(), extracted.file(),
                        extracted.rowsRead(), extracted.rowsPublished(), extracted.rowsRejected());
            }
        } catch (FatalFileError e) {
            failure = e.getMessage();
            LOG.errorf("run %s: extraction failed: %s", run.runId(), failure);
        }
        Envelope<ExtractionFinished> finished = Envelope.of(run.runId(), null, RUN_SOURCE_ID,
                new SourceRow(directory.toString(), 0), new ExtractionFinished(files, failure));
        publisher.atomically("the end of run " + run.runId(), () -> {
            publisher.event(finished);
            return finished;
        });
    }
}
