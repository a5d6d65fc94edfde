package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.extractor.config.ExtractorConfig;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.export.ExtractorPublisher;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.ZoneId;

/** Answers a discovery request with the report on {@code migration.events}; no record is published. */
@ApplicationScoped
public class DiscoveryRun {

    private static final Logger LOG = Logger.getLogger(DiscoveryRun.class);
    private static final String SOURCE_ID = "discovery";

    private final ExtractorPublisher publisher;
    private final ExtractorConfig config;

    DiscoveryRun(ExtractorPublisher publisher, ExtractorConfig config) {
        this.publisher = publisher;
        this.config = config;
    }

    public void discover(DiscoveryRequested request) {
        SourceDiscovered outcome;
        try {
            DiscoveryReport report = new SourceDiscovery(new CsvFileReader(config.maxFieldChars()))
                    .discover(Path.of(request.sourceDirectory()), ZoneId.of(request.accountTimeZone()));
            outcome = new SourceDiscovered(report, null);
            LOG.infof("run %s: discovered %d files in %s", request.runId(), report.files().size(), request.sourceDirectory());
        } catch (FatalSourceError e) {
            outcome = new SourceDiscovered(null, e.getMessage());
            LOG.errorf("run %s: discovery failed: %s", request.runId(), e.getMessage());
        }
        Envelope<SourceDiscovered> event = Envelope.of(request.runId(), null, SOURCE_ID,
                new SourceRow(request.sourceDirectory(), 0), outcome);
        publisher.eventAlone("the discovery of run " + request.runId(), event);
    }
}
