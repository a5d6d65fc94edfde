package io.github.ateraintercom.extractor.config;

import io.github.ateraintercom.extractor.api.AuthMode;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "extractor")
public interface ExtractorConfig {

    /** Longest value a single CSV field may hold; a longer one rejects its row instead of exhausting memory. */
    @WithDefault("100000")
    int maxFieldChars();

    /** How runs with sourceKind atera-api read Atera's REST API. */
    Atera atera();

    interface Atera {

        /** Items asked for per page; Atera serves at most 50. */
        @WithDefault("50")
        int itemsPerPage();

        /** Pages fetched at the same time once the first page has told how many there are. */
        @WithDefault("4")
        int concurrency();

        /** Ceiling on requests per minute, retries included: Atera publishes none, third parties report about 700. */
        @WithDefault("300")
        int maxRequestsPerMinute();

        /** Tries per request before a 429, a 5xx or a network failure ends the extraction. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait before the first retry when Atera sends no Retry-After; it doubles each retry, with jitter. */
        @WithDefault("2s")
        Duration initialBackoff();

        /** Longest wait between two tries when Atera sends no Retry-After. */
        @WithDefault("60s")
        Duration maxBackoff();

        /** Longest wait for one answer before it counts as a failed try. */
        @WithDefault("30s")
        Duration requestTimeout();

        /** Header that carries the key: auto (Bearer above 100 characters, as JWTs are, else X-API-KEY), x-api-key or bearer. */
        @WithDefault("auto")
        AuthMode authMode();
    }
}
