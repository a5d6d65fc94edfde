package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.extractor.config.ExtractorConfig;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import io.github.ateraintercom.extractor.source.RunSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Opens Atera's API for a run. The key is looked up in this extractor's own environment under the
 * secret name the run gives, so it never travels on a topic, sits in a database or reaches a log.
 */
@ApplicationScoped
public class AteraApiSources {

    private final ExtractorConfig.Atera settings;
    private final Config config;
    private final HttpClient http;

    AteraApiSources(ExtractorConfig extractor, Config config) {
        this.settings = extractor.atera();
        this.config = config;
        // never follows redirects: the key must reach no host but the run's
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    }

    public RunSource open(RunStarted run) {
        return new AteraApiSource(run.runId(), baseUrl(run.ateraBaseUrl()), key(run.ateraKeySecret()), run.modifiedSince(),
                zone(run.accountTimeZone()), settings, http);
    }

    /** The source a discovery reads: the same lists, key and limits as the run's extraction. */
    public RunSource open(DiscoveryRequested discovery) {
        return new AteraApiSource(discovery.runId(), baseUrl(discovery.ateraBaseUrl()), key(discovery.ateraKeySecret()),
                discovery.modifiedSince(), zone(discovery.accountTimeZone()), settings, http);
    }

    /** The orchestrator always names one; a run without it reads its dates as UTC, as an export's are. */
    private static ZoneId zone(String accountTimeZone) {
        if (accountTimeZone == null || accountTimeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(accountTimeZone);
        } catch (DateTimeException e) {
            throw new FatalSourceError("accountTimeZone '" + accountTimeZone + "' is not a time zone id such as Europe/Paris");
        }
    }

    private static URI baseUrl(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException notAUri) {
            // reported below like any other unusable URL
        }
        throw new FatalSourceError("ateraBaseUrl '" + url + "' is not an http(s) URL such as https://app.atera.com/api/v3");
    }

    private String key(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new FatalSourceError("the run names no ateraKeySecret: the secret that holds the Atera API key");
        }
        Optional<String> key = config.getOptionalValue(secret, String.class).filter(value -> !value.isBlank());
        return key.orElseThrow(() -> new FatalSourceError("secret '" + secret
                + "' is not set in the extractor's environment: it must hold the Atera API key"));
    }
}
