package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.orchestrator.rollback.RollbackEntries;
import io.github.ateraintercom.orchestrator.rollback.RollbackEntries.RolledBackEntry;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a run's rollback did: every object the run created, removed or archived (what Intercom only
 * archives: a deleted company, an attribute), every one it left alone (adopted or merged), and every
 * one it failed to remove, with Intercom's reason.
 */
@Singleton
class RollbackReport implements RunReport {

    private static final Map<Outcome, String> TITLES = Map.of(Outcome.REMOVED, "Removed", Outcome.ARCHIVED,
            "Archived (Intercom only archives them)", Outcome.LEFT, "Left alone (not the run's own: adopted or merged)",
            Outcome.FAILED, "Failed");

    private final RollbackEntries entries;

    RollbackReport(RollbackEntries entries) {
        this.entries = entries;
    }

    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public String markdown(Run run) {
        StringBuilder out = new StringBuilder("# Rollback of run ").append(run.id).append("\n\n");
        if (run.rollbackOrder == 0) {
            return out.append("No rollback was ordered.\n").toString();
        }
        Map<Outcome, Long> counts = entries.counts(run.id);
        out.append("State: ").append(run.state).append(" (order ").append(run.rollbackOrder).append("). Removed ")
                .append(counts.get(Outcome.REMOVED)).append(", archived ").append(counts.get(Outcome.ARCHIVED)).append(", left alone ")
                .append(counts.get(Outcome.LEFT)).append(", failed ").append(counts.get(Outcome.FAILED))
                .append(run.rollbackPlanned == null ? "" : " of " + run.rollbackPlanned + " entries").append(".\n");
        List<RolledBackEntry> all = entries.all(run.id);
        for (Outcome outcome : List.of(Outcome.FAILED, Outcome.ARCHIVED, Outcome.LEFT, Outcome.REMOVED)) {
            List<RolledBackEntry> these = all.stream().filter(entry -> entry.outcome() == outcome).toList();
            if (these.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(TITLES.get(outcome)).append("\n\n")
                    .append("| object | Intercom id | Atera record | reason |\n|---|---|---|---|\n");
            these.forEach(entry -> out.append("| ").append(entry.kind()).append(" | ").append(RunReports.cell(entry.intercomId()))
                    .append(" | ").append(entry.objectType()).append(' ').append(RunReports.cell(entry.sourceId())).append(" | ")
                    .append(RunReports.cell(entry.reason())).append(" |\n"));
        }
        return out.toString();
    }

    @Override
    public Optional<String> csv(Run run) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("outcome", "object", "intercom_id", "atera_object", "source_id", "reason").get())) {
            for (RolledBackEntry entry : entries.all(run.id)) {
                printer.printRecord(entry.outcome().name().toLowerCase(Locale.ROOT), entry.kind(), entry.intercomId(), entry.objectType(),
                        SpreadsheetCell.of(entry.sourceId()), SpreadsheetCell.of(entry.reason()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a report in memory cannot fail to be written", e);
        }
        return Optional.of(out.toString());
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(new Json(run.state.name(), run.rollbackOrder, run.rollbackPlanned, entries.counts(run.id), entries.all(run.id)));
    }

    /** The report for tools: the state, the latest order, the entries it accounts for, the count of each outcome and every entry. */
    record Json(String state, int order, Long entries, Map<Outcome, Long> counts, List<RolledBackEntry> objects) {
    }
}
