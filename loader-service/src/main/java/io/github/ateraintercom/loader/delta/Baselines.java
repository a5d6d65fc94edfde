package io.github.ateraintercom.loader.delta;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.LoadResult.Change;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Classifies a record of a run against its base runs ({@link Baseline}), and settles the records a
 * loader need not write: in a dry run every record gets its plan, and in a delta a record the base
 * wrote as it is now (or adopted) is skipped, recorded in the delta's ledger with the base's
 * Intercom id and expectation, and never sent to Intercom.
 */
@ApplicationScoped
public class Baselines {

    private final Ledger ledger;
    private final RunTargets targets;
    private final LoaderConfig config;

    Baselines(Ledger ledger, RunTargets targets, LoaderConfig config) {
        this.ledger = ledger;
        this.targets = targets;
        this.config = config;
    }

    public Baseline of(String runId, ObjectType type, String sourceId) {
        RunTargets.Lineage lineage = targets.lineage(runId, config.runWait());
        return new Baseline(ledger.find(runId, type, sourceId), ledger.newestOf(lineage.baseRuns(), type, sourceId), lineage);
    }

    /**
     * The record's outcome when the loader writes nothing for it: a dry run's plan ({@code updated}
     * says what an update would change), or a skipped record of a delta. Empty: the loader writes it.
     */
    public Optional<LoadResult> unwritten(String runId, ObjectType type, String sourceId, Baseline baseline, String hash,
                                          Supplier<String> updated) {
        Change change = baseline.change(hash);
        if (baseline.dryRun()) {
            String detail = switch (change) {
                case UPDATE -> updated.get();
                case SKIP -> skipped(baseline.base().orElseThrow());
                case CREATE -> null;
            };
            return Optional.of(LoadResult.planned(change, baseline.baseId(), detail));
        }
        if (change != Change.SKIP) {
            return Optional.empty();
        }
        LedgerEntry base = baseline.base().orElseThrow();
        LedgerEntry carried = ledger.carry(runId, type, sourceId, base, hash, carriedOrigin(base), skipped(base));
        return Optional.of(LoadResult.loaded(carried.intercomId, carried.detail).as(Change.SKIP));
    }

    /** What the base adopted or merged stays so; what it wrote is unchanged. */
    private static LedgerEntry.Origin carriedOrigin(LedgerEntry base) {
        return base.origin == LedgerEntry.Origin.ADOPTED || base.origin == LedgerEntry.Origin.MERGED
                ? base.origin : LedgerEntry.Origin.UNCHANGED;
    }

    /** Why a base's record is skipped: how the base came by it when it was not the base's to write, else since when it is unchanged. */
    private static String skipped(LedgerEntry base) {
        return carriedOrigin(base) == LedgerEntry.Origin.UNCHANGED ? "unchanged since run " + base.runId : base.detail;
    }
}
