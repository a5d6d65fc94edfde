package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.progress.UnsuccessfulRecord;
import io.github.ateraintercom.orchestrator.run.RunView;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A run's reconciliation, for people (Markdown) and for tools (CSV): per object, source rows =
 * loaded + rejected + failed + held + in flight, then every row that did not load, with its reason.
 * CSV cells that a spreadsheet would run as formulas are neutralised ({@link SpreadsheetCell}).
 */
public final class RunReports {

    private static final List<String> CSV_HEADER = List.of("file", "line", "object", "source_id", "outcome", "stage", "rule", "reason");

    /** The buckets of rows a person reads about, in order, by outcome. */
    private static final List<Map.Entry<String, String>> BUCKETS = List.of(Map.entry("REJECTED", "Rejected"),
            Map.entry("FAILED", "Failed"), Map.entry("HELD", "Held"), Map.entry("IN_FLIGHT", "In flight after their transformation"));

    private RunReports() {
    }

    public static String markdown(RunView run, List<UnsuccessfulRecord> rows) {
        StringBuilder out = new StringBuilder();
        out.append("# Run ").append(run.id()).append(": ").append(run.state()).append("\n\n");
        if (run.failure() != null) {
            out.append("Failure: ").append(run.failure()).append("\n\n");
        }
        out.append("Source: ").append(run.sourceDirectory() != null ? run.sourceDirectory() : run.ateraBaseUrl())
                .append(" · target: ").append(run.targetBaseUrl()).append(" · created ").append(run.createdAt())
                .append(" · updated ").append(run.updatedAt()).append("\n\n");
        out.append("## Reconciliation\n\n");
        // a dry run loads nothing: what it would write is planned
        String written = run.dryRun() ? "planned" : "loaded";
        out.append("| object | source rows | ").append(written).append(" | rejected | failed | held | in flight |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, RunView.ObjectProgress> object : run.objects().entrySet()) {
            RunView.ObjectProgress p = object.getValue();
            out.append("| ").append(object.getKey()).append(" | ").append(p.sourceRows()).append(" | ").append(p.loaded() + p.planned())
                    .append(" | ").append(p.rejected()).append(" | ").append(p.failed()).append(" | ").append(p.held())
                    .append(" | ").append(p.inFlight()).append(" |\n");
        }
        out.append("\nBalanced (source rows = ").append(written).append(" + rejected + failed + held): ").append(run.balanced() ? "yes" : "no")
                .append("\n");
        if (!run.excludedRows().isEmpty()) {
            out.append("\n## Out of scope: counted, never migrated\n\n| file | rows |\n|---|---:|\n");
            run.excludedRows().forEach((file, count) -> out.append("| ").append(file).append(" | ").append(count).append(" |\n"));
        }
        for (Map.Entry<String, String> outcome : BUCKETS) {
            List<UnsuccessfulRecord> bucket = rows.stream().filter(row -> row.outcome().equals(outcome.getKey())).toList();
            if (bucket.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(outcome.getValue()).append(" (")
                    .append(bucket.size()).append(")\n\n| file | line | source id | stage | rule | reason |\n|---|---:|---|---|---|---|\n");
            bucket.forEach(row -> out.append("| ").append(cell(row.file())).append(" | ").append(row.line()).append(" | ")
                    .append(cell(row.sourceId())).append(" | ").append(cell(row.stage())).append(" | ").append(cell(row.rule()))
                    .append(" | ").append(cell(row.reason())).append(" |\n"));
        }
        return out.toString();
    }

    public static String csv(List<UnsuccessfulRecord> rows) {
        return new ReportTable(CSV_HEADER, rows.stream().map(row -> Arrays.<Object>asList(row.file(), row.line(), row.objectType(),
                row.sourceId(), row.outcome(), row.stage(), row.rule(), row.reason())).toList()).csv();
    }

    /** A Markdown table cell: pipes escaped, line breaks flattened. */
    static String cell(String value) {
        return value == null ? "" : value.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
