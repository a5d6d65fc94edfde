package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.extractor.api.AteraApiSources;
import io.github.ateraintercom.extractor.config.ExtractorConfig;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.export.ExtractorPublisher;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Answers a discovery request with the report on {@code migration.events}; no record is published.
 * An export directory is read from disk; Atera's API is read in full, as the run's extraction will
 * read it, so the report's counts and profiles are exact.
 */
@ApplicationScoped
public class DiscoveryRun {

    private static final Logger LOG = Logger.getLogger(DiscoveryRun.class);
    private static final String SOURCE_ID = "discovery";

    private final ExtractorPublisher publisher;
    private final ExtractorConfig config;
    private final AteraApiSources apiSources;

    DiscoveryRun(ExtractorPublisher publisher, ExtractorConfig config, AteraApiSources apiSources) {
        this.publisher = publisher;
        this.config = config;
        this.apiSources = apiSources;
    }

    public void discover(DiscoveryRequested request) {
        SourceDiscovered outcome;
        try {
            SourceDiscovery discovery = new SourceDiscovery(new CsvFileReader(config.maxFieldChars()));
            ZoneId zone = ZoneId.of(request.accountTimeZone());
            DiscoveryReport report = request.sourceKind() == SourceKind.ATERA_API
                    ? discovery.discover(apiSources.open(request), zone)
                    : discovery.discover(Path.of(request.sourceDirectory()), zone);
            outcome = new SourceDiscovered(report, null);
            LOG.infof("run %s: discovered %d files in %s", request.runId(), report.files().size(), report.source());
        } catch (FatalSourceError e) {
            outcome = new SourceDiscovered(null, e.getMessage());
            LOG.errorf("run %s: discovery failed: %s", request.runId(), e.getMessage());
        }
        String source = request.sourceKind() == SourceKind.ATERA_API ? request.ateraBaseUrl() : request.sourceDirectory();
        Envelope<SourceDiscovered> event = Envelope.of(request.runId(), null, SOURCE_ID, new SourceRow(source, 0), outcome);
        publisher.eventAlone("the discovery of run " + request.runId(), event);
    }
}
