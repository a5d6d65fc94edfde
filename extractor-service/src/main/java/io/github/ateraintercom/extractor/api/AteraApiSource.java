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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One run's view of Atera's API: each object is read from its list endpoints with the run's key,
 * every request, counts included, through one client and so under one rate ceiling.
 */
final class AteraApiSource implements RunSource {

    /** Atera refuses larger pages. */
    static final int MAX_ITEMS_PER_PAGE = 50;

    /** Atera's lists of out-of-scope RMM objects, counted for the scope report and never read. */
    static final List<String> RMM_LISTS = List.of("/agents", "/alerts", "/devices/genericdevices", "/devices/tcpdevices",
            "/devices/httpdevices", "/devices/snmpdevices");

    private final String runId;
    private final URI baseUrl;
    private final String modifiedSince;
    private final ZoneId zone;
    private final AteraClient client;
    private final PageReader pages;
    private final ReadSoFar readSoFar = new ReadSoFar();

    /** {@code zone} is the account's: modifiedSince is in it, and lists that filter in UTC are asked in UTC. */
    AteraApiSource(String runId, URI baseUrl, String key, String modifiedSince, ZoneId zone, ExtractorConfig.Atera settings,
                   HttpClient http) {
        if (settings.itemsPerPage() < 1 || settings.itemsPerPage() > MAX_ITEMS_PER_PAGE) {
            throw new FatalSourceError("extractor.atera.items-per-page is " + settings.itemsPerPage()
                    + ": Atera serves 1 to " + MAX_ITEMS_PER_PAGE + " items per page");
        }
        if (modifiedSince != null) {
            // fails before anything is read rather than when the tickets' turn comes
            TicketsApi.utc(modifiedSince, zone);
        }
        this.runId = runId;
        this.baseUrl = baseUrl;
        this.modifiedSince = modifiedSince;
        this.zone = zone;
        this.client = new AteraClient(http, baseUrl, settings.authMode().header(key), settings.itemsPerPage(),
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
        return ApiObject.of(type, zone, readSoFar)
                .map(object -> new ListExtraction(runId, type, object, sink).run(pages, modifiedSince));
    }

    /** Each RMM list's {@code totalItemCount}, read from a page of one item; a list the key may not read is left out. */
    @Override
    public Map<String, Long> countExcluded() {
        Map<String, Long> counts = new TreeMap<>();
        for (String path : RMM_LISTS) {
            client.count(new ApiList(path, Map.of())).ifPresent(count -> counts.put("api:" + path, count));
        }
        return counts;
    }
}
