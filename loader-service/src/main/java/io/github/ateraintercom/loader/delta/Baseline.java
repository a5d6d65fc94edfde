package io.github.ateraintercom.loader.delta;

import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.LoadResult.Change;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.verify.Expectation;

import java.util.Optional;

/**
 * One record of a run as the ledger knows it: the run's own entry, and, in a delta, the newest
 * entry a base run wrote for it. Tells the change the record needs: created when no base wrote it;
 * skipped when the base adopted or merged it (not the migration's to change) or wrote exactly this
 * content; updated otherwise.
 */
public record Baseline(Optional<LedgerEntry> own, Optional<LedgerEntry> base, RunTargets.Lineage lineage) {

    /** The run's own entry when it already wrote exactly this content: the record is answered from it. */
    public Optional<LedgerEntry> done(String hash) {
        return own.filter(LedgerEntry::written).filter(entry -> hash.equals(entry.contentHash));
    }

    public boolean dryRun() {
        return lineage.dryRun();
    }

    /** The change the record needs against the base runs; null in a run that neither builds on one nor plans. */
    public Change change(String hash) {
        if (!lineage.isDelta() && !lineage.dryRun()) {
            return null;
        }
        if (base.isEmpty()) {
            return Change.CREATE;
        }
        LedgerEntry entry = base.get();
        boolean notOurs = entry.origin == LedgerEntry.Origin.ADOPTED || entry.origin == LedgerEntry.Origin.MERGED;
        return notOurs || hash.equals(entry.contentHash) ? Change.SKIP : Change.UPDATE;
    }

    /** The change a delta made with a record it already settled, as its own entry tells. */
    public Change settled() {
        if (!lineage.isDelta()) {
            return null;
        }
        LedgerEntry.Origin origin = own.map(entry -> entry.origin).orElse(LedgerEntry.Origin.CREATED);
        return switch (origin) {
            case UPDATED -> Change.UPDATE;
            case UNCHANGED -> Change.SKIP;
            default -> base.isPresent() ? Change.SKIP : Change.CREATE;
        };
    }

    /** The result, told with the change in a delta (unchanged elsewhere). */
    public LoadResult told(LoadResult result, Change change) {
        return change == null ? result : result.as(change);
    }

    /** What an update to {@code now} changes of what the base wrote, e.g. "name, custom_attributes.plan". */
    public String changes(Expectation now) {
        return String.join(", ", now.changedFrom(base.map(entry -> entry.expected).orElse(null)));
    }

    /** The base's Intercom id; null when no base wrote the record. */
    public String baseId() {
        return base.map(entry -> entry.intercomId).orElse(null);
    }
}
