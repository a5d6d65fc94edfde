package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The custom fields a discovery found, per file (a field of {@code custom_values.csv} as the
 * {@code Custom:} column of its object's file), each with its Atera type and the attribute the run's
 * mapping writes it to.
 */
public final class CustomFieldTargets {

    private CustomFieldTargets() {
    }

    /**
     * One custom field. {@code fieldType} null: {@code custom_fields.csv} does not define it;
     * {@code attribute} null: the mapping ignores it, or there is no mapping.
     */
    public record CustomFieldTarget(String file, String field, String fieldType, AttributeManifest.Attribute attribute) {
    }

    public static List<CustomFieldTarget> of(DiscoveryReport report, Optional<AttributeManifest> manifest) {
        List<CustomFieldTarget> targets = new ArrayList<>();
        for (SourceColumns.FileColumns file : new SourceColumns(report).files()) {
            for (SourceColumns.Column column : file.columns().values()) {
                if (!column.custom()) {
                    continue;
                }
                String written = file.file() + " " + column.name();
                AttributeManifest.Attribute attribute = manifest.flatMap(attributes -> attributes.attributes().stream()
                        .filter(candidate -> candidate.columns().contains(written)).findFirst()).orElse(null);
                targets.add(new CustomFieldTarget(file.file(), CustomAttributeNames.fieldName(column.name()),
                        column.definition() == null ? null : column.definition().fieldType(), attribute));
            }
        }
        return targets;
    }
}
