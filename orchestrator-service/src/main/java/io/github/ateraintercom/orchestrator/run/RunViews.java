package io.github.ateraintercom.orchestrator.run;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.common.verification.RecordVerified;
import io.github.ateraintercom.orchestrator.phase.RunPhase;
import io.github.ateraintercom.orchestrator.progress.RecordChanges;
import io.github.ateraintercom.orchestrator.progress.RunProgress;
import io.github.ateraintercom.orchestrator.progress.RunRates;
import io.github.ateraintercom.orchestrator.rollback.RollbackEntries;
import io.github.ateraintercom.orchestrator.verification.VerifiedRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Turns a run into what the API shows of it: settings (never a secret), state and per-object figures. */
@ApplicationScoped
public class RunViews {

    private final RunProgress progress;
    private final RunRates rates;
    private final RollbackEntries rollbacks;
    private final RunRateLimits rateLimits;
    private final VerifiedRecords verifications;
    private final RecordChanges changes;

    RunViews(RunProgress progress, RunRates rates, RollbackEntries rollbacks, RunRateLimits rateLimits, VerifiedRecords verifications,
             RecordChanges changes) {
        this.progress = progress;
        this.changes = changes;
        this.verifications = verifications;
        this.rates = rates;
        this.rollbacks = rollbacks;
        this.rateLimits = rateLimits;
    }

    /** Must run inside a transaction. */
    public RunView of(Run run) {
        Map<String, RunView.ObjectProgress> objects = progress.objects(run);
        List<RunPhase> phases = RunPhase.ofRun(run.id);
        RunView.RateLimit rateLimit = rateLimits.of(run.id).orElse(null);
        return new RunView(run.id, run.state, run.sourceKind, run.sourceDirectory, run.ateraBaseUrl, run.ateraKeySecret,
                run.modifiedSince, run.targetBaseUrl, run.tokenSecret, run.accountTimeZone, run.fallbackTeammate, run.paused, run.failure, run.createdAt,
                run.updatedAt, objects, excludedRows(run), phasesOpened(phases), phases(phases), eta(run, objects, rateLimit), rateLimit,
                progress.balanced(run), rollback(run), verification(run), run.kind, run.parentRunId, run.sampleSize,
                Samples.of(run.id).stream().map(sample -> new RunView.SampleRef(sample.id, sample.state)).toList(),
                run.kind == RunKind.DELTA ? run.parentRunId : null, run.dryRun, changes.totals(run));
    }

    private RunView.RollbackProgress rollback(Run run) {
        if (run.rollbackOrder == 0) {
            return null;
        }
        Map<Outcome, Long> counts = rollbacks.counts(run.id);
        return new RunView.RollbackProgress(run.rollbackOrder, run.rollbackPlanned, counts.get(Outcome.REMOVED),
                counts.get(Outcome.ARCHIVED), counts.get(Outcome.LEFT), counts.get(Outcome.FAILED),
                remaining(run.rollbackPlanned, counts));
    }

    private RunView.VerificationProgress verification(Run run) {
        if (run.verificationOrder == 0) {
            return null;
        }
        Map<RecordVerified.Outcome, Long> counts = verifications.counts(run.id, run.verificationOrder);
        return new RunView.VerificationProgress(run.verificationOrder, run.verificationSample, run.verificationPlanned, run.verificationTotal,
                counts.get(RecordVerified.Outcome.VERIFIED), counts.get(RecordVerified.Outcome.MISMATCHED),
                counts.get(RecordVerified.Outcome.MISSING), counts.get(RecordVerified.Outcome.NOT_VERIFIABLE),
                remaining(run.verificationPlanned, counts));
    }

    /** What has no outcome yet of the {@code planned} (null until told); null when that is not known. */
    private static Long remaining(Long planned, Map<?, Long> counts) {
        return planned == null ? null : Math.max(0, planned - counts.values().stream().mapToLong(Long::longValue).sum());
    }

    /** Rows of the run accounted for so far (loaded or planned, rejected, failed or held). */
    public static long settled(Map<String, RunView.ObjectProgress> objects) {
        return objects.values().stream()
                .mapToLong(object -> object.loaded() + object.planned() + object.rejected() + object.failed() + object.held()).sum();
    }

    /** From the rate limit when the quota and the calls per row are known, else from the pace of the last minute. */
    private RunView.Eta eta(Run run, Map<String, RunView.ObjectProgress> objects, RunView.RateLimit rateLimit) {
        long remaining = objects.values().stream().mapToLong(RunView.ObjectProgress::inFlight).sum();
        if (run.state.isFinal() || remaining == 0) {
            return null;
        }
        if (rateLimit != null && rateLimit.allowance() != null && rateLimit.callsPerRecord() != null && rateLimit.callsPerRecord() > 0) {
            double callsPerSecond = (double) rateLimit.allowance() / rateLimit.windowSeconds();
            return eta(remaining, callsPerSecond / rateLimit.callsPerRecord(), RunView.Eta.RATE_LIMIT);
        }
        return rates.perSecond(run.id).filter(rate -> rate > 0).map(rate -> eta(remaining, rate, RunView.Eta.PACE)).orElse(null);
    }

    private static RunView.Eta eta(long remaining, double rowsPerSecond, String basis) {
        long seconds = (long) Math.ceil(remaining / rowsPerSecond);
        return new RunView.Eta(remaining, Math.round(rowsPerSecond * 10) / 10.0, seconds, OffsetDateTime.now().plusSeconds(seconds), basis);
    }

    private static Map<String, RunView.PhaseProgress> phases(List<RunPhase> opened) {
        Map<Phase, RunPhase> byPhase = new EnumMap<>(Phase.class);
        opened.forEach(phase -> byPhase.put(phase.phase, phase));
        Map<String, RunView.PhaseProgress> phases = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            RunPhase known = byPhase.get(phase);
            String state = known == null ? "waiting" : known.doneAt == null ? "open" : "done";
            phases.put(phase.name().toLowerCase(Locale.ROOT), new RunView.PhaseProgress(state, known == null ? null : known.openedAt,
                    known == null ? null : known.doneAt));
        }
        return phases;
    }

    /** The RMM files the extraction counted (file → rows); empty until it ends. */
    public static Map<String, Long> excludedRows(Run run) {
        return run.excludedRows == null ? Map.of() : Json.read(run.excludedRows, new TypeReference<>() { });
    }

    private static Map<String, OffsetDateTime> phasesOpened(List<RunPhase> phases) {
        Map<String, OffsetDateTime> opened = new TreeMap<>();
        phases.forEach(phase -> opened.put(phase.phase.name().toLowerCase(Locale.ROOT), phase.openedAt));
        return opened;
    }

    /** The run as it stands now, read in a transaction of its own. */
    public Optional<RunView> current(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(Run.<Run>findById(id)).map(this::of));
    }
}
