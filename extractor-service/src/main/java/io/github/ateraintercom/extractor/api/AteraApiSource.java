package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.http.Backoff;
import io.github.ateraintercom.extractor.config.ExtractorConfig;
import io.github.ateraintercom.extractor.source.ExtractionSink;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import io.github.ateraintercom.extractor.source.RunSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Optional;

/** One run's view of Atera's API: each object is read from its list endpoint with the run's key. */
final class AteraApiSource implements RunSource {

    /** Atera refuses larger pages. */
    static final int MAX_ITEMS_PER_PAGE = 50;

    private final String runId;
    private final URI baseUrl;
    private final String modifiedSince;
    private final PageReader pages;

    AteraApiSource(String runId, URI baseUrl, String key, String modifiedSince, ExtractorConfig.Atera settings, HttpClient http) {
        if (settings.itemsPerPage() < 1 || settings.itemsPerPage() > MAX_ITEMS_PER_PAGE) {
            throw new FatalSourceError("extractor.atera.items-per-page is " + settings.itemsPerPage()
                    + ": Atera serves 1 to " + MAX_ITEMS_PER_PAGE + " items per page");
        }
        this.runId = runId;
        this.baseUrl = baseUrl;
        this.modifiedSince = modifiedSince;
        AteraClient client = new AteraClient(http, baseUrl, settings.authMode().header(key), settings.itemsPerPage(),
                settings.maxAttempts(), settings.requestTimeout(), new Throttle(settings.maxRequestsPerMinute()),
                new Backoff(settings.initialBackoff(), settings.maxBackoff()));
        this.pages = new PageReader(client, settings.concurrency());
    }

    @Override
    public String location() {
        return baseUrl.toString();
    }

    @Override
    public Optional<FileExtracted> extract(ObjectType type, ExtractionSink sink) {
        return ApiObject.of(type).map(object -> new ListExtraction(runId, type, object, sink).run(pages, modifiedSince));
    }

    @Override
    public Map<String, Long> countExcluded() {
        return Map.of();
    }
}
