package io.github.ateraintercom.orchestrator.delta;

import io.github.ateraintercom.common.outcome.LoadResult.Change;
import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
import io.github.ateraintercom.orchestrator.progress.RecordChanges;
import io.github.ateraintercom.orchestrator.progress.RecordChanges.ChangedRecord;
import io.github.ateraintercom.orchestrator.report.ReportTable;
import io.github.ateraintercom.orchestrator.report.RunReport;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunKind;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a delta did against its base runs, or, for a dry run, would do: per object how many records it
 * creates, updates and skips as unchanged (and how many were rejected, held or failed), then every
 * record with its change, the Intercom id it has from a base run (for updates and skips) and what was
 * told of it.
 */
@Singleton
class DeltaReport implements RunReport {

    private static final String[] RECORD_COLUMNS = {"file", "line", "object", "source_id", "outcome", "change", "intercom_id", "detail"};

    private final RecordChanges changes;
    private final OutcomeStore outcomes;

    DeltaReport(RecordChanges changes, OutcomeStore outcomes) {
        this.changes = changes;
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return "delta";
    }

    @Override
    public String markdown(Run run) {
        StringBuilder out = new StringBuilder("# Delta of run ").append(run.id).append("\n\n");
        if (run.kind != RunKind.DELTA) {
            return out.append("Run ").append(run.id).append(" is not a delta: it has no base run.\n").toString();
        }
        String would = run.dryRun ? "would " : "";
        out.append("State: ").append(run.state).append(". Base run: ").append(run.parentRunId).append(".\n\n");
        if (run.dryRun) {
            out.append("A dry run: nothing was written to Intercom. This is what the delta would do.\n\n");
        }
        ReportTable byObject = new ReportTable("object", would + "create", would + "update", would + "skip", "rejected", "held", "failed");
        objects(run).forEach((object, counts) -> byObject.row(object, counts.create(), counts.update(), counts.skip(), counts.rejected(),
                counts.held(), counts.failed()));
        ReportTable records = new ReportTable("file", "line", "object", "source id", "outcome", "change", "Intercom id", "detail");
        changes.records(run.id).forEach(record -> records.row(record.file(), record.line(), record.objectType(), record.sourceId(),
                record.outcome(), record.change(), record.intercomId(), record.detail()));
        return out.append("## Per object\n\n").append(byObject.markdown("No record has its outcome yet."))
                .append("\n## Records\n\n").append(records.markdown()).toString();
    }

    /** Every record of the delta with its change, Intercom id and detail. */
    @Override
    public Optional<String> csv(Run run) {
        ReportTable table = new ReportTable(RECORD_COLUMNS);
        if (run.kind == RunKind.DELTA) {
            changes.records(run.id).forEach(record -> table.row(record.file(), record.line(), record.objectType(), record.sourceId(),
                    record.outcome(), record.change() == null ? null : record.change().name(), record.intercomId(), record.detail()));
        }
        return Optional.of(table.csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        boolean delta = run.kind == RunKind.DELTA;
        return Optional.of(new Json(run.id, run.state.name(), delta ? run.parentRunId : null, run.dryRun, !run.dryRun,
                delta ? objects(run) : Map.of(), delta ? changes.records(run.id) : List.of()));
    }

    /** Per object the records of each change and those rejected, held or failed. */
    private Map<String, ObjectChanges> objects(Run run) {
        Map<String, Map<Change, Long>> byChange = changes.byObject(run.id);
        Map<String, ObjectChanges> objects = new TreeMap<>();
        outcomes.counts(run.id).forEach(counts -> {
            Map<Change, Long> made = byChange.getOrDefault(counts.objectType(), Map.of());
            objects.put(counts.objectType(), new ObjectChanges(made.getOrDefault(Change.CREATE, 0L), made.getOrDefault(Change.UPDATE, 0L),
                    made.getOrDefault(Change.SKIP, 0L), counts.rejected(), counts.held(), counts.failed()));
        });
        return objects;
    }

    /** One object's records by change, and those that did not get one. */
    record ObjectChanges(long create, long update, long skip, long rejected, long held, long failed) {
    }

    /**
     * The report for tools: the delta, its base, whether it wrote anything ({@code written} false for
     * a dry run), per object its changes and every record.
     */
    record Json(String runId, String state, String baseRun, boolean dryRun, boolean written, Map<String, ObjectChanges> objects,
                List<ChangedRecord> records) {
    }
}
