package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.discovery.RunDiscovery;
import io.github.ateraintercom.orchestrator.mapping.MappingVersions;
import io.github.ateraintercom.orchestrator.progress.RunFile;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunViews;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the run migrates ({@link RunScope}): for people before and after the run, and for tools. */
@ApplicationScoped
class ScopeReport implements RunReport {

    private static final List<String> CSV_HEADER = List.of("section", "object", "file", "field", "discovered_rows", "extracted_rows",
            "earliest", "latest", "type", "attribute", "note");

    private final MappingVersions mappings;

    ScopeReport(MappingVersions mappings) {
        this.mappings = mappings;
    }

    @Override
    public String name() {
        return "scope";
    }

    RunScope scope(Run run) {
        RunDiscovery discovery = RunDiscovery.findById(run.id);
        return RunScope.of(run.id, discovery == null ? "none" : discovery.state(), RunDiscovery.reportOf(run.id),
                mappings.proposedManifest(run.id), RunFile.ofRun(run.id), RunViews.excludedRows(run));
    }

    @Override
    public String markdown(Run run) {
        RunScope scope = scope(run);
        StringBuilder out = new StringBuilder("# Scope of run ").append(run.id).append("\n\n");
        out.append("Source: ").append(run.sourceDirectory != null ? run.sourceDirectory : run.ateraBaseUrl)
                .append(" · discovery: ").append(scope.discovery()).append("\n\n");
        scope.unknown().forEach(unknown -> out.append("- Unknown: ").append(unknown).append("\n"));
        out.append(scope.unknown().isEmpty() ? "" : "\n").append("## Objects\n\n");
        out.append(new ReportTable(List.of("object", "file", "rows discovered", "rows extracted", "note"), scope.files().stream()
                .map(file -> Arrays.<Object>asList(file.object(), file.file(), file.discoveredRows(), file.extractedRows(), file.problem()))
                .toList()).markdown("No file is known yet."));
        out.append("\n## Created\n\nThe earliest and latest creation date of the rows whose date can be read.\n\n");
        out.append(new ReportTable(List.of("object", "file", "earliest", "latest"), scope.createdDates().stream()
                .map(range -> List.<Object>of(range.object(), range.file(), range.earliest(), range.latest())).toList())
                .markdown("Unknown: the discovery found no creation date."));
        out.append("\n## Custom fields\n\n");
        out.append(new ReportTable(List.of("object", "file", "field", "Atera type", "attribute"), scope.customFields().stream()
                .map(field -> Arrays.<Object>asList(field.object(), field.file(), field.field(), field.fieldType(), attribute(field)))
                .toList()).markdown("None found."));
        out.append("\n## Out of scope: RMM files, counted and never migrated\n\n");
        if (scope.excludedCountedBy() != null) {
            out.append("Counted by the ").append(scope.excludedCountedBy()).append(".\n\n");
        }
        out.append(new ReportTable(List.of("file", "rows"), scope.excludedRows().entrySet().stream()
                .map(file -> List.<Object>of(file.getKey(), file.getValue())).toList())
                .markdown(scope.excludedCountedBy() == null ? "Unknown until the extraction ends." : "None."));
        return out.toString();
    }

    @Override
    public Optional<String> csv(Run run) {
        RunScope scope = scope(run);
        List<List<Object>> rows = new ArrayList<>();
        scope.files().forEach(file -> rows.add(Arrays.asList("file", file.object(), file.file(), null, file.discoveredRows(),
                file.extractedRows(), null, null, null, null, file.problem())));
        scope.createdDates().forEach(range -> rows.add(Arrays.asList("created", range.object(), range.file(), null, null, null,
                range.earliest(), range.latest(), null, null, null)));
        scope.customFields().forEach(field -> rows.add(Arrays.asList("custom_field", field.object(), field.file(), field.field(), null,
                null, null, null, field.fieldType(), attribute(field), null)));
        boolean discovered = "discovery".equals(scope.excludedCountedBy());
        scope.excludedRows().forEach((file, count) -> rows.add(Arrays.asList("excluded", null, file, null, discovered ? count : null,
                discovered ? null : count, null, null, null, null, null)));
        return Optional.of(new ReportTable(CSV_HEADER, rows).csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(scope(run));
    }

    /** {@code company contract_tier (string)}, or why there is none. */
    private static String attribute(RunScope.CustomField field) {
        return field.attribute() == null ? "not written: the mapping ignores it"
                : field.model() + " " + field.attribute() + " (" + field.dataType() + ")";
    }
}
