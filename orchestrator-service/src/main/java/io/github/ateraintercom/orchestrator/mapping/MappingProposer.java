package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.discovery.DiscoveryReport.CustomField;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;
import io.github.ateraintercom.common.mapping.CustomFieldTypes;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.common.mapping.TicketStates;
import io.github.ateraintercom.common.mapping.DefaultMap.ColumnDefault;
import io.github.ateraintercom.common.mapping.DefaultMap.FileDefaults;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.FieldMapping;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.FileMapping;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.StatusMapping;
import io.github.ateraintercom.orchestrator.mapping.SourceColumns.Column;
import io.github.ateraintercom.orchestrator.mapping.SourceColumns.FileColumns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes a run's mapping from the discovery of its source, offline: for every column of every
 * file a target (the default map's standard field or attribute, a typed attribute for a custom
 * field, or ignore), how sure it is and why, from the column's name (synonyms, {@link NameSimilarity})
 * and its values ({@link ValueFit}); the state of each ticket status; and the default choices.
 */
final class MappingProposer {

    /** The type a custom field without a definition gets when all its values are of a kind, most specific first. */
    private static final List<Map.Entry<AttributeType, String>> PROFILED_TYPES = List.of(Map.entry(AttributeType.DATE, "date"),
            Map.entry(AttributeType.INTEGER, "integer"), Map.entry(AttributeType.FLOAT, "number"),
            Map.entry(AttributeType.BOOLEAN, "boolean"));
    private static final Set<String> CUSTOM_FIELD_FILES = Set.of("custom_fields.csv", "custom_values.csv");

    private final DiscoveryReport report;
    private final SourceColumns source;
    /** Attribute names taken so far, per namespace: the default map's first, so a custom field never overwrites one. */
    private final Set<String> taken = new HashSet<>();

    private MappingProposer(DiscoveryReport report) {
        this.report = report;
        this.source = new SourceColumns(report);
        DefaultMap.FILES.stream().filter(file -> file.model() != null).forEach(file -> file.attributes()
                .forEach(attribute -> taken.add(key(file.model(), attribute.name()))));
    }

    static MappingContent propose(DiscoveryReport report) {
        return new MappingProposer(report).content();
    }

    private MappingContent content() {
        List<FileMapping> files = new ArrayList<>();
        for (FileColumns file : source.files()) {
            Optional<FileDefaults> defaults = DefaultMap.file(file.file());
            List<FieldMapping> fields = new ArrayList<>();
            file.columns().values().forEach(column -> fields.add(field(file.file(), defaults, column)));
            files.add(new FileMapping(file.file(), defaults.map(FileDefaults::object).orElseGet(() -> DefaultMap.held(file.file())),
                    defaults.map(FileDefaults::model).orElse(null), file.rows(), fields));
        }
        return new MappingContent(files, ticketStates(),
                new MappingContent.Choices(MappingChoices.LEAD, MappingChoices.ATTRIBUTES, MappingChoices.CONTACT, MappingChoices.MATCH),
                new MappingContent.Findings(report.contactsWithoutEmail(), report.ticketsWithUnknownRequester(),
                        report.techniciansMissingFromRoster(), report.excludedRows(), report.missingRequiredFiles()));
    }

    private FieldMapping field(String file, Optional<FileDefaults> defaults, Column column) {
        if (CUSTOM_FIELD_FILES.contains(file)) {
            return ignore(column, 1.0, "read as the custom fields' definitions and values: each field is proposed as the "
                    + "`Custom:` column of its object's file");
        }
        if (defaults.isEmpty()) {
            return ignore(column, 1.0, "no Intercom mapping for " + file + " in this release: kept in the run's raw records only");
        }
        ColumnDefault known = defaults.get().columns().get(column.name());
        if (known != null) {
            return byDefault(column, known);
        }
        if (column.custom()) {
            String model = defaults.get().model();
            return model == null
                    ? ignore(column, 1.0, "a " + defaults.get().object() + " takes no custom attributes")
                    : customField(model, column);
        }
        return notInTheDefaultMap(defaults.get(), column);
    }

    private static FieldMapping byDefault(Column column, ColumnDefault known) {
        FieldTarget target = known.target();
        String note = known.note() == null ? "" : " (" + known.note() + ")";
        if (target.kind() == FieldTarget.Kind.ATTRIBUTE) {
            AttributeSpec attribute = target.attribute();
            return new FieldMapping(column.name(), target, 1.0, "default map: attribute " + attribute.name() + " ("
                    + attribute.type().label() + ")" + note);
        }
        StringBuilder reason = new StringBuilder("default map: `" + column.name() + "` → " + target.field() + note);
        double name = NameSimilarity.score(column.name(), target.field());
        if (name == 1.0) {
            reason.append("; name matches `").append(target.field()).append('`');
        } else if (name > 0) {
            reason.append(String.format(Locale.ENGLISH, "; name resembles `%s` (%.2f)", target.field(), name));
        }
        double confidence = 1.0;
        Optional<String> kind = DefaultMap.valuesOf(target.field());
        if (kind.isPresent()) {
            ValueFit fit = ValueFit.of(column.profiles(), kind.get());
            reason.append("; ").append(fit.describe());
            confidence = fit.share();
            if (!fit.all()) {
                reason.append(": the others are rejected row by row");
            }
        }
        return new FieldMapping(column.name(), target, round(confidence), reason.toString());
    }

    private FieldMapping customField(String model, Column column) {
        String fieldName = CustomAttributeNames.fieldName(column.name());
        String name = uniqueName(model, CustomAttributeNames.of(fieldName));
        CustomField definition = column.definition();
        String description = "Atera custom field '" + fieldName + "'";
        if (definition != null && definition.fieldType() != null) {
            return defined(column, definition, name, description);
        }
        Typed typed = fromValues(column.profiles());
        AttributeSpec spec = new AttributeSpec(name, typed.type(), List.of(), description);
        return new FieldMapping(column.name(), FieldTarget.attribute(spec), typed.confidence(),
                "custom field without a definition in custom_fields.csv; " + typed.reason() + " → " + typed.type().label());
    }

    private static FieldMapping defined(Column column, CustomField definition, String name, String description) {
        Set<String> seen = new LinkedHashSet<>();
        column.profiles().forEach(profile -> seen.addAll(profile.values().keySet()));
        AttributeSpec proposed = CustomFieldTypes.attribute(name, definition.fieldType(), String.join("|", definition.options()), seen);
        AttributeSpec spec = new AttributeSpec(proposed.name(), proposed.type(), proposed.options(), description);
        String defined = "custom field defined as " + definition.fieldType()
                + (definition.options().isEmpty() ? "" : " (" + String.join(", ", definition.options()) + ")")
                + " → " + typeLabel(spec);
        Optional<String> problem = TypeFit.problem(spec, column.profiles());
        if (problem.isEmpty()) {
            return new FieldMapping(column.name(), FieldTarget.attribute(spec), 0.95, defined + "; " + evidence(spec, column.profiles()));
        }
        if (spec.type() == AttributeType.INTEGER && ValueFit.of(column.profiles(), "number").all()) {
            AttributeSpec decimal = new AttributeSpec(name, AttributeType.FLOAT, List.of(), description);
            return new FieldMapping(column.name(), FieldTarget.attribute(decimal), 0.95, "custom field defined as "
                    + definition.fieldType() + " → float: " + ValueFit.of(column.profiles(), "number").describe()
                    + ", not all whole");
        }
        AttributeSpec text = new AttributeSpec(name, AttributeType.STRING, List.of(), description);
        return new FieldMapping(column.name(), FieldTarget.attribute(text), 0.6, defined + ", but " + problem.get()
                + ": proposed as string instead");
    }

    private static String evidence(AttributeSpec spec, List<ColumnProfile> profiles) {
        return switch (spec.type()) {
            case INTEGER -> ValueFit.of(profiles, "integer").describe();
            case FLOAT -> ValueFit.of(profiles, "number").describe();
            case BOOLEAN -> ValueFit.of(profiles, "boolean").describe();
            case DATE -> ValueFit.of(profiles, "date").describe();
            case LIST -> "every value seen is one of its options";
            case STRING -> ValueFit.filled(profiles) + " values seen";
        };
    }

    private static Typed fromValues(List<ColumnProfile> profiles) {
        if (ValueFit.filled(profiles) == 0) {
            return new Typed(AttributeType.STRING, 0.5, "no values seen");
        }
        for (Map.Entry<AttributeType, String> candidate : PROFILED_TYPES) {
            ValueFit fit = ValueFit.of(profiles, candidate.getValue());
            if (fit.all()) {
                return new Typed(candidate.getKey(), 0.8, fit.describe());
            }
        }
        return new Typed(AttributeType.STRING, 0.7, "values of mixed or free-text shapes");
    }

    private FieldMapping notInTheDefaultMap(FileDefaults defaults, Column column) {
        String reason = "not in the default map: kept in the run's raw records only";
        Optional<String> closest = defaults.standardFields().stream()
                .max(Comparator.comparingDouble(field -> NameSimilarity.score(column.name(), field)));
        if (closest.isPresent() && NameSimilarity.score(column.name(), closest.get()) >= 0.5) {
            reason += String.format(Locale.ENGLISH, "; name resembles `%s` (%.2f), which the default map fills from %s",
                    closest.get(), NameSimilarity.score(column.name(), closest.get()), filledFrom(defaults, closest.get()));
        }
        return ignore(column, 0.9, reason);
    }

    private static String filledFrom(FileDefaults defaults, String field) {
        return String.join(", ", defaults.columns().entrySet().stream()
                .filter(entry -> entry.getValue().target().kind() == FieldTarget.Kind.STANDARD
                        && field.equals(entry.getValue().target().field()))
                .map(entry -> entry.getKey()).toList());
    }

    private List<StatusMapping> ticketStates() {
        List<StatusMapping> states = new ArrayList<>();
        source.column("tickets.csv", "TicketStatus").ifPresent(column -> column.profiles().forEach(profile ->
                profile.values().forEach((status, count) -> {
                    TicketStates.Proposal proposal = TicketStates.byDefault(status);
                    states.add(new StatusMapping(status, count, proposal.state(), proposal.confidence(), proposal.reason()));
                })));
        return states;
    }

    /** A name no attribute of the namespace has yet: {@code custom_} first, as the default map's own names go first. */
    private String uniqueName(String model, String name) {
        String candidate = name;
        if (taken.contains(key(model, candidate))) {
            candidate = "custom_" + name;
        }
        for (int n = 2; taken.contains(key(model, candidate)); n++) {
            candidate = "custom_" + name + "_" + n;
        }
        taken.add(key(model, candidate));
        return candidate;
    }

    private static String key(String model, String name) {
        return AttributeModels.namespace(model) + "/" + name;
    }

    private static String typeLabel(AttributeSpec spec) {
        if (spec.type() == AttributeType.LIST) {
            return "list";
        }
        return spec.multiple() ? "string holding the chosen options" : spec.type().label();
    }

    private static FieldMapping ignore(Column column, double confidence, String reason) {
        return new FieldMapping(column.name(), FieldTarget.ignore(), confidence, reason);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private record Typed(AttributeType type, double confidence, String reason) {
    }
}
