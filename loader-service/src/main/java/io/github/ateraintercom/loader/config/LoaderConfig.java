package io.github.ateraintercom.loader.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "loader")
public interface LoaderConfig {

    Intercom intercom();

    /** How long a record waits for its run's control message before it fails as belonging to no run. */
    @WithDefault("PT30S")
    Duration runWait();

    /**
     * Records written side by side (each one's own writes stay in order): 166 calls/s at up to
     * 500 ms per answer need about 85 in flight to use the whole rate limit.
     */
    @WithDefault("96")
    int concurrency();

    /** Objects a rollback removes side by side (collections go one at a time: children before parents). */
    @WithDefault("16")
    int rollbackConcurrency();

    /** Records a verification reads back side by side. */
    @WithDefault("16")
    int verificationConcurrency();

    interface Intercom {

        /** The API version every request pins with the Intercom-Version header. */
        @WithDefault("2.16")
        String version();

        /** Attempts per request before it fails, counting the first; 429 and 5xx answers are retried. */
        @WithDefault("8")
        int maxAttempts();

        /** First pause after a 5xx or a network error; doubled per attempt, with jitter. */
        @WithDefault("PT0.5S")
        Duration initialBackoff();

        /** Longest pause between two attempts. */
        @WithDefault("PT30S")
        Duration maxBackoff();

        /** Time allowed for one request and its answer. */
        @WithDefault("PT30S")
        Duration requestTimeout();

        /**
         * Share of each window's limit the loader leaves unspent (0 ≤ headroom &lt; 1), for other apps
         * drawing on the workspace's pool.
         */
        @WithDefault("0")
        double headroom();

        /** Most calls a replica leases from the shared quota at once. */
        @WithDefault("10")
        int quotaChunk();

        /**
         * Quiet time on each side of a window's end: no call is sent in the last guard of a window nor
         * before its successor is guard old, so clocks a little apart and calls still on their way
         * never count in the wrong window.
         */
        @WithDefault("PT0.25S")
        Duration windowGuard();

        /**
         * How long Intercom's search may take to show a new contact or conversation: a create whose
         * answer was lost is sent again only when search has not shown it by then.
         */
        @WithDefault("PT2M")
        Duration searchLag();

        /** How often each run's calls and 429s, and the quota as seen, are told on migration.events while the run makes calls. */
        @WithDefault("PT2S")
        Duration usageReportInterval();
    }
}
