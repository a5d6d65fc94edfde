package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.extractor.config.ExtractorConfig;

import java.time.Duration;

/** The API source's settings for reading a simulator: small pages, short waits, no rate limit unless asked. */
record SimulatorSettings(int itemsPerPage, int concurrency, int maxRequestsPerMinute, int maxAttempts, Duration initialBackoff,
                         Duration maxBackoff, Duration requestTimeout, AuthMode authMode) implements ExtractorConfig.Atera {

    static SimulatorSettings of(AuthMode authMode) {
        return new SimulatorSettings(2, 4, 60_000, 4, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5), authMode);
    }

    SimulatorSettings withConcurrency(int pagesAtOnce) {
        return new SimulatorSettings(itemsPerPage, pagesAtOnce, maxRequestsPerMinute, maxAttempts, initialBackoff, maxBackoff,
                requestTimeout, authMode);
    }

    SimulatorSettings withMaxRequestsPerMinute(int requests) {
        return new SimulatorSettings(itemsPerPage, concurrency, requests, maxAttempts, initialBackoff, maxBackoff, requestTimeout,
                authMode);
    }
}
