package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.common.mapping.Text;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the columns of one export file land on its Intercom object: the run's confirmed choice for a
 * column ({@link MappingChoices#field}) when it made one, else the default map. A column the choice
 * ignores is left out; one it makes an attribute is written there, coerced to the attribute's type,
 * instead of its standard field. By default the file's attribute columns become their attributes,
 * and its custom fields ({@code Custom: <Field Name>}) text attributes named by
 * {@link CustomAttributeNames}; a custom field whose name the default map already uses gets the
 * prefix {@code custom_}, so neither value is lost. Every value is normalised on the way: phone
 * columns as phone numbers, the rest as {@link Text#block text}.
 */
public final class FieldMap {

    public static final String CUSTOMERS = "customers.csv";
    public static final String CONTACTS = "contacts.csv";
    public static final String TICKETS = "tickets.csv";

    private final String file;
    private final Map<String, AttributeSpec> defaults;
    private final Set<String> phones;
    private final MappingChoices confirmed;

    /**
     * @param defaults the default map's attribute columns, in the order they are written
     * @param phones   the columns that hold phone numbers
     */
    public FieldMap(String file, Map<String, AttributeSpec> defaults, Set<String> phones, MappingChoices confirmed) {
        this.file = file;
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        this.phones = Set.copyOf(phones);
        this.confirmed = confirmed == null ? MappingChoices.defaults() : confirmed;
    }

    /** A column's normalised value, or null when blank; an {@link InvalidValue} when a phone column holds no number. */
    public String value(AteraRow row, String column) {
        String raw = row.value(column);
        return phones.contains(column) ? PhoneNumbers.normalised(column, raw) : Text.block(raw);
    }

    /**
     * The value of a column the default map writes to a standard field, or null when it is blank or
     * the confirmed mapping ignores it or makes it an attribute.
     */
    public String standard(AteraRow row, String column) {
        boolean moved = confirmed.field(file, column).filter(target -> target.kind() != FieldTarget.Kind.STANDARD).isPresent();
        return moved ? null : value(row, column);
    }

    /** True when the confirmed mapping leaves the column out. */
    public boolean ignores(String column) {
        return confirmed.field(file, column).filter(FieldTarget::ignored).isPresent();
    }

    /** The row's custom attributes; an {@link InvalidValue} naming the column when a value does not fit its type. */
    public Attributes attributes(AteraRow row, ZoneId accountZone) {
        Attributes attributes = new Attributes(accountZone);
        addTo(attributes, row);
        return attributes;
    }

    /** Adds the row's custom attributes to those the mapping computed itself, which keep their names. */
    public void addTo(Attributes attributes, AteraRow row) {
        Set<String> columns = new LinkedHashSet<>(defaults.keySet());
        columns.addAll(row.fields().keySet());
        columns.stream().filter(column -> !CustomAttributeNames.isCustom(column)).forEach(column ->
                target(column, defaults.get(column)).ifPresent(spec -> attributes.put(spec, column, value(row, column))));
        Set<String> taken = new LinkedHashSet<>();
        defaults.values().forEach(spec -> taken.add(spec.name()));
        columns.stream().filter(CustomAttributeNames::isCustom).forEach(column -> {
            String name = CustomAttributeNames.of(CustomAttributeNames.fieldName(column));
            AttributeSpec byDefault = name.isEmpty() ? null
                    : AttributeSpec.text(taken.contains(name) || attributes.has(name) ? "custom_" + name : name);
            target(column, byDefault).ifPresent(spec -> attributes.put(spec, column, value(row, column)));
        });
    }

    private Optional<AttributeSpec> target(String column, AttributeSpec byDefault) {
        FieldTarget chosen = confirmed.field(file, column).orElse(FieldTarget.standard(null));
        return switch (chosen.kind()) {
            case STANDARD -> Optional.ofNullable(byDefault);
            case IGNORE -> Optional.empty();
            // a choice that names no attribute keeps the column's value as text under the column's name
            case ATTRIBUTE -> Optional.of(Objects.requireNonNullElse(chosen.attribute(),
                    AttributeSpec.text(CustomAttributeNames.of(column))));
        };
    }
}
