package io.github.ateraintercom.orchestrator.delta;

import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunKind;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.github.ateraintercom.orchestrator.run.Samples;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which runs a delta builds on. A base must have ended with its records in Intercom as it wrote them:
 * completed (verified or not), written for real, never rolled back. The delta's base runs, newest
 * first, are its base and the base's own bases: the base of each delta in the chain, and the samples a
 * full run kept (runs of kind SAMPLE of it that ended so), whose records the full run did not write
 * again. Every method runs inside a transaction.
 */
final class DeltaBases {

    private static final Set<RunState> RECORDS_IN_PLACE = EnumSet.of(RunState.COMPLETED, RunState.VERIFIED,
            RunState.COMPLETED_WITH_DIFFERENCES);

    private DeltaBases() {
    }

    /** 409 with the reason unless the run can be a delta's base. */
    static void requireBase(Run base) {
        if (base.dryRun) {
            throw new NotADeltaBase("run " + base.id + " is a dry run: it wrote nothing to Intercom, so no delta can build on it");
        }
        if (base.rollbackOrder > 0) {
            throw new NotADeltaBase("run " + base.id + " was rolled back (" + base.state + "): its records are no longer in Intercom "
                    + "as it wrote them, so no delta can build on it");
        }
        if (!RECORDS_IN_PLACE.contains(base.state)) {
            throw new NotADeltaBase("run " + base.id + " is " + base.state + ": a delta builds on a run that ended with its records in "
                    + "Intercom (COMPLETED, VERIFIED or COMPLETED_WITH_DIFFERENCES)");
        }
    }

    /** The base and its own bases, newest first; an earlier one rolled back since is left out, its records gone. */
    static List<String> chain(Run base) {
        List<String> runs = new ArrayList<>();
        for (Run run = base; run != null; run = run.kind == RunKind.DELTA ? Run.findById(run.parentRunId) : null) {
            if (hasRecordsInPlace(run)) {
                runs.add(run.id);
            }
            if (run.kind == RunKind.FULL) {
                runs.addAll(Samples.kept(run.id));
            }
        }
        return runs;
    }

    /** The run that holds the mapping a delta of {@code base} follows: the run its chain of deltas and samples started from. */
    static Run mappingOwner(Run base) {
        Run run = base;
        while (run.kind != RunKind.FULL && run.parentRunId != null) {
            run = Run.findById(run.parentRunId);
        }
        return run;
    }

    private static boolean hasRecordsInPlace(Run run) {
        return !run.dryRun && run.rollbackOrder == 0 && RECORDS_IN_PLACE.contains(run.state);
    }
}
