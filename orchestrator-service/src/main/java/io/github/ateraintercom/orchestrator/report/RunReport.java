package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.run.Run;

import java.util.Optional;

/**
 * One of a run's reports: served at {@code /api/runs/{id}/reports/{name}} and written to the run's
 * directory as the run ends. Every method runs inside a transaction.
 */
public interface RunReport {

    /** The name the API and the run directory give it, e.g. {@code at-risk-links}. */
    String name();

    /** For people. */
    String markdown(Run run);

    /** For tools, one row per line; empty for a report that is not a table, like the pre-flight checklist. */
    default Optional<String> csv(Run run) {
        return Optional.empty();
    }

    /** For tools, as the API serialises it; empty for a report that is not a table. */
    default Optional<Object> json(Run run) {
        return Optional.empty();
    }
}
