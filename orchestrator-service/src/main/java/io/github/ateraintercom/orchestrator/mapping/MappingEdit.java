package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.common.mapping.TicketStates;
import io.github.ateraintercom.common.mapping.DefaultMap.ColumnDefault;
import io.github.ateraintercom.common.mapping.DefaultMap.FileDefaults;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.FieldMapping;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.FileMapping;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.StatusMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Applies an operator's edit to the latest version of a mapping, or refuses it naming the file, the
 * column and the reason. An edit names only what it changes: a file, column or ticket status it
 * leaves out keeps its target. What it changes gets confidence 1 and the reason "edited in version n".
 */
final class MappingEdit {

    /** What Intercom accepts in an attribute name: letters, digits, currency symbols, underscores, hyphens and spaces. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[\\p{L}\\p{N}\\p{Sc}_\\- ]+");

    private final MappingContent latest;
    private final SourceColumns source;
    private final int version;

    private MappingEdit(MappingContent latest, SourceColumns source, int version) {
        this.latest = latest;
        this.source = source;
        this.version = version;
    }

    /** The content of version {@code version} from {@code latest} and the edit; InvalidMapping when it cannot be. */
    static MappingContent apply(MappingContent latest, SourceColumns source, int version, MappingDocument edit) {
        return new MappingEdit(latest, source, version).apply(edit);
    }

    private MappingContent apply(MappingDocument edit) {
        Map<String, Map<String, FieldTarget>> edited = editedTargets(edit);
        List<FileMapping> files = latest.files().stream().map(file -> file(file, edited.getOrDefault(file.file(), Map.of()))).toList();
        MappingContent content = new MappingContent(files, ticketStates(edit.ticketStates()), choices(edit.choices()), latest.findings());
        AttributeClaims.check(content);
        return content;
    }

    private Map<String, Map<String, FieldTarget>> editedTargets(MappingDocument edit) {
        Map<String, Map<String, FieldTarget>> edited = new LinkedHashMap<>();
        for (FileMapping file : edit.files() == null ? List.<FileMapping>of() : edit.files()) {
            FileMapping known = latest.file(file.file()).orElseThrow(() -> new InvalidMapping(file.file(), null,
                    "unknown file: the discovery found " + latest.files().stream().map(FileMapping::file).toList()));
            for (FieldMapping field : file.fields() == null ? List.<FieldMapping>of() : file.fields()) {
                if (known.field(field.column()).isEmpty()) {
                    throw new InvalidMapping(file.file(), field.column(), "unknown column: the discovery found "
                            + known.fields().stream().map(FieldMapping::column).toList());
                }
                if (field.target() == null || field.target().kind() == null) {
                    throw new InvalidMapping(file.file(), field.column(), "a target needs its kind: STANDARD, ATTRIBUTE or IGNORE");
                }
                edited.computeIfAbsent(file.file(), name -> new LinkedHashMap<>()).put(field.column(), field.target());
            }
        }
        return edited;
    }

    private FileMapping file(FileMapping file, Map<String, FieldTarget> edited) {
        List<FieldMapping> fields = new ArrayList<>();
        for (FieldMapping field : file.fields()) {
            FieldTarget target = edited.get(field.column());
            if (target == null) {
                fields.add(field);
                continue;
            }
            FieldTarget valid = valid(file, field, target);
            fields.add(same(valid, field.target()) ? field
                    : new FieldMapping(field.column(), valid, 1.0, "edited in version " + version));
        }
        return new FileMapping(file.file(), file.target(), file.model(), file.rows(), fields);
    }

    private FieldTarget valid(FileMapping file, FieldMapping field, FieldTarget target) {
        Optional<FileDefaults> defaults = DefaultMap.file(file.file());
        Optional<ColumnDefault> known = defaults.map(map -> map.columns().get(field.column()));
        if (same(target, field.target())) {
            return field.target();
        }
        if (defaults.isEmpty() || !defaults.get().editable()) {
            throw new InvalidMapping(file.file(), field.column(), "the columns of " + file.file()
                    + " land where the default map puts them: only customers.csv, contacts.csv and tickets.csv can be edited");
        }
        if (known.isPresent() && known.get().fixed() && target.kind() != FieldTarget.Kind.STANDARD) {
            throw new InvalidMapping(file.file(), field.column(), "cannot be ignored or moved: each " + defaults.get().object()
                    + " is written, keyed or joined by it (" + known.get().target().field() + ")");
        }
        return switch (target.kind()) {
            case STANDARD -> standard(file, field.column(), target, defaults, known);
            case IGNORE -> target;
            case ATTRIBUTE -> FieldTarget.attribute(attribute(file, field, target.attribute(), known));
        };
    }

    private static FieldTarget standard(FileMapping file, String column, FieldTarget target, Optional<FileDefaults> defaults,
                                        Optional<ColumnDefault> known) {
        List<String> fields = defaults.map(map -> List.copyOf(map.standardFields())).orElse(List.of());
        if (!fields.contains(target.field())) {
            throw new InvalidMapping(file.file(), column, "unknown standard field '" + target.field() + "' of " + file.target()
                    + (fields.isEmpty() ? ": it has none" : "; its standard fields are " + fields));
        }
        if (known.isEmpty() || !FieldTarget.Kind.STANDARD.equals(known.get().target().kind())
                || !target.field().equals(known.get().target().field())) {
            throw new InvalidMapping(file.file(), column, "'" + target.field() + "' is filled by the default map from its own column; "
                    + "this column can become an attribute or be ignored");
        }
        return FieldTarget.standard(target.field());
    }

    private AttributeSpec attribute(FileMapping file, FieldMapping field, AttributeSpec given, Optional<ColumnDefault> known) {
        if (file.model() == null) {
            throw new InvalidMapping(file.file(), field.column(), "a " + file.target() + " takes no custom attributes");
        }
        if (given == null || given.name() == null || given.name().isBlank()) {
            throw new InvalidMapping(file.file(), field.column(), "an attribute needs a name");
        }
        String name = given.name();
        if (!ATTRIBUTE_NAME.matcher(name).matches() || !name.equals(name.strip())) {
            throw new InvalidMapping(file.file(), field.column(), "Intercom refuses the attribute name '" + name
                    + "': use letters, digits, currency symbols, underscores, hyphens and inner spaces only");
        }
        String description = given.description() != null ? given.description()
                : field.target().attribute() != null ? field.target().attribute().description() : "Atera " + file.file() + " " + field.column();
        AttributeSpec spec = new AttributeSpec(name, given.type(), given.options(), description);
        boolean asTheDefaultMapHasIt = known.map(column -> same(FieldTarget.attribute(spec), column.target())).orElse(false);
        if (!asTheDefaultMapHasIt) {
            // the default map's own attributes are computed (billable hours from work hours), not copied
            source.column(file.file(), field.column()).flatMap(column -> TypeFit.problem(spec, column.profiles()))
                    .ifPresent(problem -> {
                        throw new InvalidMapping(file.file(), field.column(), "type " + spec.type().label() + " does not fit: " + problem);
                    });
        }
        return spec;
    }

    private List<StatusMapping> ticketStates(List<StatusMapping> edited) {
        Map<String, String> states = new LinkedHashMap<>();
        for (StatusMapping status : edited == null ? List.<StatusMapping>of() : edited) {
            if (latest.ticketStates().stream().noneMatch(known -> known.status().equals(status.status()))) {
                throw new InvalidMapping("tickets.csv", "TicketStatus", "unknown ticket status '" + status.status() + "': the discovery found "
                        + latest.ticketStates().stream().map(StatusMapping::status).toList());
            }
            if (!TicketStates.ALL.contains(status.state())) {
                throw new InvalidMapping("tickets.csv", "TicketStatus", "ticket status '" + status.status() + "' maps to '"
                        + status.state() + "', not one of " + TicketStates.ALL);
            }
            states.put(status.status(), status.state());
        }
        return latest.ticketStates().stream().map(status -> {
            String state = states.get(status.status());
            return state == null || state.equals(status.state()) ? status
                    : new StatusMapping(status.status(), status.tickets(), state, 1.0, "edited in version " + version);
        }).toList();
    }

    private MappingContent.Choices choices(MappingContent.Choices edited) {
        MappingContent.Choices before = latest.choices();
        if (edited == null) {
            return before;
        }
        return new MappingContent.Choices(
                choice("contactsWithoutEmail", edited.contactsWithoutEmail(), before.contactsWithoutEmail(),
                        MappingChoices.LEAD, MappingChoices.QUEUE),
                choice("contracts", edited.contracts(), before.contracts(), MappingChoices.ATTRIBUTES, MappingChoices.HANDOFF),
                choice("unknownRequesters", edited.unknownRequesters(), before.unknownRequesters(),
                        MappingChoices.CONTACT, MappingChoices.HOLD),
                choice("inactiveTechnicians", edited.inactiveTechnicians(), before.inactiveTechnicians(),
                        MappingChoices.MATCH, MappingChoices.FALLBACK));
    }

    private static String choice(String name, String given, String before, String... allowed) {
        if (given == null) {
            return before;
        }
        if (!List.of(allowed).contains(given)) {
            throw new InvalidMapping(null, null, name + " '" + given + "' is not " + String.join(" or ", allowed));
        }
        return given;
    }

    /** The same target, whatever the descriptions say. */
    static boolean same(FieldTarget a, FieldTarget b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.kind() != FieldTarget.Kind.ATTRIBUTE) {
            return Objects.equals(a.field(), b.field());
        }
        Function<AttributeSpec, List<Object>> shape = spec -> List.of(spec.name(), spec.type(), spec.options());
        return shape.apply(a.attribute()).equals(shape.apply(b.attribute()));
    }
}
