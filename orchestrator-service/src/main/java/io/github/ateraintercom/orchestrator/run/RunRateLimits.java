package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
import io.github.ateraintercom.orchestrator.progress.RateLimitUse;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A run's use of Intercom's rate limit as the API shows it, from what the loaders told. */
@ApplicationScoped
public class RunRateLimits {

    private static final double SECONDS_PER_MINUTE = 60;

    private final RateLimitUse told;
    private final OutcomeStore outcomes;

    RunRateLimits(RateLimitUse told, OutcomeStore outcomes) {
        this.told = told;
        this.outcomes = outcomes;
    }

    /** Must run inside a transaction; empty while the loaders told nothing of the run. */
    public Optional<RunView.RateLimit> of(String runId) {
        return told.of(runId).map(use -> {
            long settled = outcomes.settledByLoader(runId);
            Double callsPerRecord = settled == 0 ? null : round((double) use.calls() / settled, 100);
            RateLimitUse.Quota quota = use.quota();
            if (quota == null) {
                return new RunView.RateLimit(null, null, null, null, null, use.calls(), use.rateLimited(), use.callsLastMinute(),
                        null, callsPerRecord);
            }
            double minuteAllowance = quota.allowance() * SECONDS_PER_MINUTE / quota.windowSeconds();
            int usedInWindow = quota.windowEnd().isAfter(OffsetDateTime.now()) ? quota.used() : 0;
            return new RunView.RateLimit(quota.limit(), quota.allowance(), quota.windowSeconds(), usedInWindow, quota.windowEnd(),
                    use.calls(), use.rateLimited(), use.callsLastMinute(), round(use.callsLastMinute() / minuteAllowance, 1000),
                    callsPerRecord);
        });
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
