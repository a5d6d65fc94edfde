package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.common.mapping.DefaultMap.ColumnDefault;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.FieldMapping;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.FileMapping;
import io.github.ateraintercom.orchestrator.mapping.MappingContent.StatusMapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The choices every service applies, from a confirmed version: the state of each ticket status, the
 * four choices, and {@code fields}: every column whose attribute or ignore target is not the
 * default map's, every custom field's typed attribute among them.
 */
final class ConfirmedChoices {

    private ConfirmedChoices() {
    }

    static MappingChoices of(int version, MappingContent content) {
        Map<String, String> states = new LinkedHashMap<>();
        content.ticketStates().forEach((StatusMapping status) -> states.put(status.status(), status.state()));
        Map<String, Map<String, FieldTarget>> fields = new LinkedHashMap<>();
        for (FileMapping file : content.files()) {
            for (FieldMapping field : file.fields()) {
                FieldTarget target = field.target();
                boolean custom = file.model() != null && CustomAttributeNames.isCustom(field.column());
                if (target.kind() != FieldTarget.Kind.STANDARD && (custom || !byDefault(file.file(), field.column(), target))) {
                    fields.computeIfAbsent(file.file(), name -> new LinkedHashMap<>()).put(field.column(), target);
                }
            }
        }
        MappingContent.Choices choices = content.choices();
        return new MappingChoices(version, states, choices.contactsWithoutEmail(), choices.contracts(), choices.unknownRequesters(),
                fields, choices.inactiveTechnicians());
    }

    /** Whether the default map puts the column there: its own target, or the raw records for a column it does not name. */
    private static boolean byDefault(String file, String column, FieldTarget target) {
        Optional<ColumnDefault> known = DefaultMap.file(file).map(map -> map.columns().get(column));
        return known.map(value -> MappingEdit.same(target, value.target())).orElse(target.ignored());
    }
}
