package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.api.AteraApiSources;
import io.github.ateraintercom.extractor.config.ExtractorConfig;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.sample.ExportSample;
import io.github.ateraintercom.extractor.sample.ExportSampler;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import io.github.ateraintercom.extractor.source.RunSource;
import io.github.ateraintercom.extractor.source.TechnicianRoster;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Extracts a run's source object by object, in the order of {@link ObjectType} (technicians after
 * tickets, comments and work hours, so a roster derived from them is complete), and tells the
 * orchestrator how it ended, with the RMM objects it only counted.
 */
@ApplicationScoped
public class ExportExtraction {

    private static final Logger LOG = Logger.getLogger(ExportExtraction.class);
    /** The source id of run-wide events, which belong to no single object. */
    static final String RUN_SOURCE_ID = "run";

    private final ExtractorPublisher publisher;
    private final ExtractorConfig config;
    private final AteraApiSources ateraApi;

    ExportExtraction(ExtractorPublisher publisher, ExtractorConfig config, AteraApiSources ateraApi) {
        this.publisher = publisher;
        this.config = config;
        this.ateraApi = ateraApi;
    }

    public void extract(RunStarted run) {
        List<String> files = new ArrayList<>();
        Map<String, Long> excluded = Map.of();
        String location = run.sourceKind() == SourceKind.ATERA_API ? run.ateraBaseUrl() : run.sourceDirectory();
        String failure = null;
        try {
            RunSource source = open(run);
            LOG.infof("run %s: extracting from %s", run.runId(), source.location());
            TechnicianRoster roster = new TechnicianRoster(publisher);
            for (ObjectType type : ObjectType.values()) {
                if (!type.extracted()) {
                    continue;
                }
                Optional<FileExtracted> extracted = publisher.atomically(type.fileName(), () -> {
                    Optional<FileExtracted> file = source.extract(type, roster);
                    if (file.isEmpty() && type == ObjectType.TECHNICIAN) {
                        file = Optional.of(roster.publish(run.runId()));
                    }
                    file.ifPresent(done -> publisher.event(Envelope.of(run.runId(), type, done.file(),
                            new SourceRow(done.file(), 0), done)));
                    return file;
                });
                extracted.ifPresent(file -> {
                    files.add(file.file());
                    LOG.infof("run %s: %s read %d rows, published %d, rejected %d", run.runId(), file.file(),
                            file.rowsRead(), file.rowsPublished(), file.rowsRejected());
                });
            }
            excluded = source.countExcluded();
        } catch (FatalSourceError e) {
            failure = e.getMessage();
            LOG.errorf("run %s: extraction failed: %s", run.runId(), failure);
        }
        Envelope<ExtractionFinished> finished = Envelope.of(run.runId(), null, RUN_SOURCE_ID,
                new SourceRow(String.valueOf(location), 0), new ExtractionFinished(files, excluded, failure));
        publisher.eventAlone("the end of run " + run.runId(), finished);
    }

    private RunSource open(RunStarted run) {
        return switch (run.sourceKind()) {
            case EXPORT_DIRECTORY -> {
                Path directory = Path.of(run.sourceDirectory());
                CsvFileReader reader = new CsvFileReader(config.maxFieldChars());
                yield new ExportDirectorySource(run.runId(), directory, reader, sample(run, directory, reader));
            }
            case ATERA_API -> {
                if (run.sampleSize() != null) {
                    throw new FatalSourceError("a sample is chosen from an export directory: Atera's API would have to be read "
                            + "whole first, so run the sample from an export of the account");
                }
                yield ateraApi.open(run);
            }
        };
    }

    /** Chooses a sample run's rows and tells the orchestrator what was chosen and why, before any record; null: every row. */
    private ExportSample sample(RunStarted run, Path directory, CsvFileReader reader) {
        if (run.sampleSize() == null) {
            return null;
        }
        ExportSample sample = ExportSampler.choose(directory, reader, run.sampleSize());
        publisher.eventAlone("the sample of run " + run.runId(), Envelope.of(run.runId(), null, RUN_SOURCE_ID,
                new SourceRow(directory.toString(), 0), sample.report()));
        LOG.infof("run %s: sample of %d chosen", run.runId(), run.sampleSize());
        return sample;
    }
}
