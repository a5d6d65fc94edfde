package io.github.ateraintercom.orchestrator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "orchestrator")
public interface OrchestratorConfig {

    /**
     * The operator's bearer token, which every API call must carry; in production from the secret
     * {@code ORCHESTRATOR_OPERATOR_TOKEN}. There is no default: the API is never open.
     */
    String operatorToken();

    /** Where each ended run's reports are written, in a directory of its own; none: only through the API. */
    Optional<String> runDirectory();

    /** The secret a run's loaders read the Intercom token from when the request names none. */
    @WithDefault("INTERCOM_TOKEN")
    String defaultTokenSecret();

    /** The account time zone of a run whose request names none: offset-less Atera dates are read in it. */
    @WithDefault("UTC")
    String defaultAccountTimeZone();

    /** How long a run may stay CREATED before it is taken for one an orchestrator stopped before beginning it. */
    @WithDefault("PT1M")
    Duration stalledStartAfter();

    /** How often runs left CREATED are looked for (read by the scheduler as a duration such as 30s). */
    @WithDefault("30s")
    String stalledStartCheckInterval();

    /** How often loading runs are checked for completion (read by the scheduler as a duration such as 1s). */
    @WithDefault("1s")
    String completionCheckInterval();

    /** How often GET /api/runs/{id}/events sends the run's progress. */
    @WithDefault("PT1S")
    Duration eventInterval();

    /** How often the run gauges at /q/metrics are read from the database. */
    @WithDefault("5s")
    String metricsRefreshInterval();

    Topics topics();

    interface Topics {

        /** Create missing topics at startup; off where topics are managed elsewhere (e.g. by an operator). */
        @WithDefault("true")
        boolean provision();

        /** Partitions of each record topic: the largest loader fleet that can share one object's work. */
        @WithDefault("12")
        int recordPartitions();

        /** Replicas of every topic. */
        @WithDefault("1")
        short replicationFactor();
    }
}
