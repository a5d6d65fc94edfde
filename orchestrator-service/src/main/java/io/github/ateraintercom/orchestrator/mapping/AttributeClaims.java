package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.common.mapping.DefaultMap.ColumnDefault;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.FieldMapping;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.FileMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custom attributes a mapping writes, each with the columns it is written from: the attribute
 * targets, and what the default map writes besides (a ticket's status is also kept as text), but
 * none from contracts the run hands off to the billing document. Two columns may write one attribute
 * only when the default map has them do so (work hours' start and end make billable_hours).
 */
final class AttributeClaims {

    private static final String CONTRACTS = "contracts.csv";

    private AttributeClaims() {
    }

    /** One attribute of a model and the columns ({@code file column}) that write it. */
    record Claim(String model, AttributeSpec attribute, List<String> columns) {
    }

    static List<Claim> of(MappingContent content) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (FileMapping file : content.files()) {
            if (file.model() == null || handedOff(content, file)) {
                continue;
            }
            for (FieldMapping field : file.fields()) {
                attributes(file, field).forEach(attribute -> claims.computeIfAbsent(
                                AttributeModels.namespace(file.model()) + "/" + attribute.name(),
                                key -> new Claim(file.model(), attribute, new ArrayList<>()))
                        .columns().add(file.file() + " " + field.column()));
            }
        }
        return List.copyOf(claims.values());
    }

    /** Contracts left to the billing hand-off document by the run's choice write no attribute. */
    private static boolean handedOff(MappingContent content, FileMapping file) {
        return CONTRACTS.equals(file.file()) && content.choices() != null && MappingChoices.HANDOFF.equals(content.choices().contracts());
    }

    /** Refuses an attribute written from two columns, unless the default map has both write it. */
    static void check(MappingContent content) {
        for (Claim claim : of(content)) {
            List<String> columns = claim.columns();
            if (columns.size() < 2 || columns.stream().allMatch(column -> byDefault(column, claim.attribute()))) {
                continue;
            }
            int culprit = byDefault(columns.get(0), claim.attribute()) ? columns.stream()
                    .filter(column -> !byDefault(column, claim.attribute())).findFirst().map(columns::indexOf).orElseThrow() : 1;
            String other = columns.get(culprit == 0 ? 1 : 0);
            throw new InvalidMapping(file(columns.get(culprit)), column(columns.get(culprit)), "attribute '"
                    + claim.attribute().name() + "' is already written from " + other
                    + (AttributeModels.CONVERSATION.equals(claim.model()) ? ""
                    : ": Intercom keeps one name across company and contact attributes"));
        }
    }

    private static List<AttributeSpec> attributes(FileMapping file, FieldMapping field) {
        List<AttributeSpec> attributes = new ArrayList<>();
        if (field.target().kind() == FieldTarget.Kind.ATTRIBUTE) {
            attributes.add(field.target().attribute());
        }
        if (!field.target().ignored()) {
            defaults(file.file(), field.column()).ifPresent(column -> attributes.addAll(column.alsoWrites()));
        }
        return attributes;
    }

    private static boolean byDefault(String fileAndColumn, AttributeSpec attribute) {
        return byDefault(file(fileAndColumn), column(fileAndColumn), attribute);
    }

    private static String file(String fileAndColumn) {
        return fileAndColumn.substring(0, fileAndColumn.indexOf(' '));
    }

    private static String column(String fileAndColumn) {
        return fileAndColumn.substring(fileAndColumn.indexOf(' ') + 1);
    }

    private static boolean byDefault(String file, String column, AttributeSpec attribute) {
        return defaults(file, column).map(known -> known.attributes().stream()
                .anyMatch(own -> own.name().equals(attribute.name()))).orElse(false);
    }

    private static Optional<ColumnDefault> defaults(String file, String column) {
        return DefaultMap.file(file).map(map -> map.columns().get(column));
    }
}
