package io.github.ateraintercom.orchestrator.metrics;

import io.github.ateraintercom.orchestrator.progress.RunRates;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.github.ateraintercom.orchestrator.run.RunView;
import io.github.ateraintercom.orchestrator.run.RunViews;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes each recent run's figures as Prometheus gauges, so a dashboard can chart a run:
 * {@code migration_run_records{run, object, stage}} with stage source, extracted, transformed,
 * loaded, planned (a dry run's), rejected, failed and in_flight, for a delta
 * {@code migration_run_changes{run, change}} (create, update, skip: what it did or, dry, would do), and {@code migration_run_state{run, state}} = 1 for the
 * state the run is in, {@code migration_run_phase{run, phase, state}} = 1 for each phase's state
 * (waiting, open, done), {@code migration_run_eta_seconds{run}} (0 when unknown or ended), and the run's
 * use of Intercom's rate limit as the loaders told it: {@code migration_run_calls{run}} sent,
 * {@code migration_run_rate_limited{run}} 429s met, {@code migration_run_rate_limit_limit{run}} calls per
 * window, {@code migration_run_rate_limit_window_used{run}} granted in the current window and
 * {@code migration_run_rate_limit_share{run}}, the share of a minute's allowance used in the last
 * minute (each 0 until told), and once a rollback is ordered
 * {@code migration_run_rollback_entries{run, outcome}} (removed, archived, left_alone, failed,
 * remaining), and once a verification is ordered {@code migration_run_verification_records{run, outcome}}
 * (verified, mismatched, missing, not_verifiable, remaining; the latest order's). Read from the database on a schedule, not on every scrape; each refresh
 * is also a sample of the run's pace.
 */
@ApplicationScoped
public class RunMetrics {

    /** Runs that ended longer ago than this are no longer refreshed (their last figures stay). */
    private static final Duration RECENT = Duration.ofHours(24);

    private final MeterRegistry meters;
    private final RunRates rates;
    private final RunViews views;
    private final Map<Tags, Value> gauges = new ConcurrentHashMap<>();

    RunMetrics(MeterRegistry meters, RunRates rates, RunViews views) {
        this.meters = meters;
        this.rates = rates;
        this.views = views;
    }

    @Scheduled(every = "${orchestrator.metrics-refresh-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        List<Run> runs = Run.list("updatedAt > ?1", OffsetDateTime.now().minus(RECENT));
        for (Run run : runs) {
            for (RunState state : RunState.values()) {
                gauge("migration_run_state", Tags.of("run", run.id, "state", state.name().toLowerCase()))
                        .set(run.state == state ? 1 : 0);
            }
            RunView view = views.of(run);
            view.objects().forEach((object, figures) -> records(run.id, object, figures));
            rates.sample(run.id, RunViews.settled(view.objects()));
            gauge("migration_run_eta_seconds", Tags.of("run", run.id)).set(view.eta() == null ? 0 : view.eta().seconds());
            if (view.changes() != null) {
                view.changes().forEach((change, count) ->
                        gauge("migration_run_changes", Tags.of("run", run.id, "change", change)).set(count));
            }
            if (view.rollback() != null) {
                rollback(run.id, view.rollback());
            }
            if (view.verification() != null) {
                verification(run.id, view.verification());
            }
            rateLimit(run.id, view.rateLimit());
            view.phases().forEach((phase, state) -> {
                for (String each : List.of("waiting", "open", "done")) {
                    gauge("migration_run_phase", Tags.of("run", run.id, "phase", phase, "state", each)).set(each.equals(state.state()) ? 1 : 0);
                }
            });
        }
    }

    private void records(String runId, String object, RunView.ObjectProgress figures) {
        Map<String, Long> stages = Map.of("source", figures.sourceRows(), "extracted", figures.extracted(),
                "transformed", figures.transformed(), "loaded", figures.loaded(), "rejected", figures.rejected(),
                "failed", figures.failed(), "held", figures.held(), "in_flight", figures.inFlight(), "planned", figures.planned());
        stages.forEach((stage, value) ->
                gauge("migration_run_records", Tags.of("run", runId, "object", object, "stage", stage)).set(value));
    }

    private void rollback(String runId, RunView.RollbackProgress rollback) {
        Map<String, Long> outcomes = Map.of("removed", rollback.removed(), "archived", rollback.archived(),
                "left_alone", rollback.leftAlone(), "failed", rollback.failed(),
                "remaining", rollback.remaining() == null ? 0 : rollback.remaining());
        outcomes("migration_run_rollback_entries", runId, outcomes);
    }

    private void verification(String runId, RunView.VerificationProgress verification) {
        outcomes("migration_run_verification_records", runId, Map.of("verified", verification.verified(),
                "mismatched", verification.mismatched(), "missing", verification.missing(), "not_verifiable", verification.notVerifiable(),
                "remaining", verification.remaining() == null ? 0 : verification.remaining()));
    }

    private void outcomes(String metric, String runId, Map<String, Long> outcomes) {
        outcomes.forEach((outcome, value) -> gauge(metric, Tags.of("run", runId, "outcome", outcome)).set(value));
    }

    private void rateLimit(String runId, RunView.RateLimit told) {
        Tags run = Tags.of("run", runId);
        gauge("migration_run_calls", run).set(told == null ? 0 : told.calls());
        gauge("migration_run_rate_limited", run).set(told == null ? 0 : told.rateLimited());
        gauge("migration_run_rate_limit_limit", run).set(told == null || told.limit() == null ? 0 : told.limit());
        gauge("migration_run_rate_limit_window_used", run).set(told == null || told.usedInWindow() == null ? 0 : told.usedInWindow());
        gauge("migration_run_rate_limit_share", run).set(told == null || told.shareLastMinute() == null ? 0 : told.shareLastMinute());
    }

    private Value gauge(String name, Tags tags) {
        return gauges.computeIfAbsent(tags.and("metric", name), key -> {
            Value value = new Value();
            Gauge.builder(name, value, Value::get).tags(tags).register(meters);
            return value;
        });
    }

    /** A gauge's latest figure. */
    private static final class Value {

        private volatile double value;

        void set(double next) {
            value = next;
        }

        double get() {
            return value;
        }
    }
}
