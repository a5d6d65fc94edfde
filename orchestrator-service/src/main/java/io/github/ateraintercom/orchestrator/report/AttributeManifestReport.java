package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.mapping.AttributeManifest;
import io.github.ateraintercom.orchestrator.mapping.MappingVersions;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The custom attributes the run's mapping creates in Intercom (the confirmed version, else the latest),
 * as {@code GET /api/runs/{id}/mapping/manifest} serves them, for people and for tools.
 */
@ApplicationScoped
class AttributeManifestReport implements RunReport {

    private static final String[] HEADER = {"model", "name", "data_type", "options", "description", "columns"};

    private final MappingVersions mappings;

    AttributeManifestReport(MappingVersions mappings) {
        this.mappings = mappings;
    }

    @Override
    public String name() {
        return "attribute-manifest";
    }

    @Override
    public String markdown(Run run) {
        StringBuilder out = new StringBuilder("# Custom-attribute manifest of run ").append(run.id).append("\n\n");
        Optional<AttributeManifest> manifest = mappings.proposedManifest(run.id);
        if (manifest.isEmpty()) {
            return out.append("The run follows the default map without a proposal: its attributes are created as its records ")
                    .append("need them, and listed nowhere before.\n").toString();
        }
        AttributeManifest attributes = manifest.get();
        out.append("Mapping version ").append(attributes.version()).append(attributes.confirmed() ? ", confirmed" : ", not confirmed yet")
                .append(": ").append(attributes.count()).append(" custom attributes (Intercom allows 250 per workspace).\n\n");
        attributes.warnings().forEach(warning -> out.append("- ").append(warning).append('\n'));
        if (!attributes.warnings().isEmpty()) {
            out.append('\n');
        }
        return out.append(table(attributes).markdown()).toString();
    }

    @Override
    public Optional<String> csv(Run run) {
        return Optional.of(mappings.proposedManifest(run.id).map(AttributeManifestReport::table)
                .orElseGet(() -> new ReportTable(HEADER)).csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(mappings.proposedManifest(run.id).map(Object.class::cast).orElse(List.of()));
    }

    private static ReportTable table(AttributeManifest manifest) {
        return new ReportTable(List.of(HEADER), manifest.attributes().stream().map(attribute -> Arrays.<Object>asList(
                attribute.model(), attribute.name(), attribute.dataType(),
                attribute.options() == null ? null : String.join(" | ", attribute.options()),
                attribute.description(), String.join(", ", attribute.columns()))).toList());
    }
}
