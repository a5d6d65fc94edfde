package io.github.ateraintercom.transformer.customdata;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;
import io.github.ateraintercom.common.mapping.CustomFieldTypes;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.transformer.conversation.StagedOwner;
import io.github.ateraintercom.transformer.conversation.StagedRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Where a run writes each custom field of {@code custom_values.csv}: the target the operator confirmed
 * for its column ({@code Custom: <FieldName>} of the owner's file), else the attribute its definition
 * in {@code custom_fields.csv} becomes given the values seen ({@link CustomFieldTypes}), else text.
 */
public final class CustomFields {

    private static final Map<String, String> FILES = Map.of(StagedOwner.CUSTOMER, ObjectType.CUSTOMER.fileName(),
            StagedOwner.CONTACT, ObjectType.CONTACT.fileName(), StagedOwner.TICKET, ObjectType.TICKET.fileName());

    private final Map<String, StagedRecord> definitions = new HashMap<>();
    private final BiFunction<String, String, List<String>> valuesSeen;
    private final MappingChoices confirmed;
    private final Map<String, Target> resolved = new HashMap<>();

    /** {@code valuesSeen} answers the values of a field (owner kind, field name) across the run. */
    public CustomFields(List<StagedRecord> definitions, BiFunction<String, String, List<String>> valuesSeen, MappingChoices confirmed) {
        definitions.forEach(definition -> this.definitions.putIfAbsent(key(StagedOwner.kind(definition.row().value("ObjectType")),
                definition.row().value("FieldName")), definition));
        this.valuesSeen = valuesSeen;
        this.confirmed = confirmed;
    }

    /** Where the field {@code fieldName} of records of {@code kind} (customer, contact, ticket) lands. */
    public Target of(String kind, String fieldName) {
        return resolved.computeIfAbsent(key(kind, fieldName), key -> resolve(kind, fieldName.strip()));
    }

    private Target resolve(String kind, String fieldName) {
        String column = CustomAttributeNames.column(fieldName);
        FieldTarget target = confirmed.field(FILES.get(kind), column).orElse(null);
        if (target != null && target.ignored()) {
            return new Unwritten("the confirmed mapping ignores " + column + " of " + FILES.get(kind));
        }
        if (target != null && target.kind() == FieldTarget.Kind.STANDARD) {
            return new Unwritten("the confirmed mapping sends " + column + " to the standard field " + target.field()
                    + ", which only the column itself can fill");
        }
        if (target != null && target.attribute() != null) {
            return new Attribute(target.attribute());
        }
        String name = CustomAttributeNames.of(fieldName);
        if (name.isEmpty()) {
            return new Unwritten("the field name '" + fieldName + "' gives no attribute name");
        }
        StagedRecord definition = definitions.get(key(kind, fieldName));
        if (definition == null) {
            return new Attribute(AttributeSpec.text(name));
        }
        return new Attribute(CustomFieldTypes.attribute(name, definition.row().value("FieldType"), definition.row().value("Options"),
                valuesSeen.apply(kind, fieldName)));
    }

    private static String key(String kind, String fieldName) {
        return kind + "/" + (fieldName == null ? "" : fieldName.strip().toLowerCase(Locale.ROOT));
    }

    /** Where a field lands: an attribute, or nowhere, with why. */
    public sealed interface Target {
    }

    public record Attribute(AttributeSpec spec) implements Target {
    }

    public record Unwritten(String reason) implements Target {
    }
}
