package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.discovery.DiscoveryReport.CustomField;
import io.github.ateraintercom.common.discovery.DiscoveryReport.FileProfile;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a discovery found, per file, each with the profiles of its values. A field of
 * {@code custom_values.csv} is the column {@code Custom: <FieldName>} of its object's file, so a
 * custom field exported both ways is one column with both profiles, and its definition from
 * {@code custom_fields.csv}.
 */
final class SourceColumns {

    private static final Map<String, String> OBJECT_FILES = Map.of(
            "customer", "customers.csv", "contact", "contacts.csv", "ticket", "tickets.csv",
            "contract", "contracts.csv", "technician", "technicians.csv");

    private final Map<String, FileColumns> files = new LinkedHashMap<>();

    SourceColumns(DiscoveryReport report) {
        for (FileProfile file : report.files()) {
            if (file.problem() == null) {
                FileColumns columns = files.computeIfAbsent(file.file(), name -> new FileColumns(name, file.rows()));
                file.columns().forEach(column -> columns.column(column.name()).profiles().add(column));
            }
        }
        for (CustomField field : report.customFieldDefinitions()) {
            String file = OBJECT_FILES.get(field.objectType().strip().toLowerCase(Locale.ROOT));
            if (file == null) {
                continue;
            }
            Column column = files.computeIfAbsent(file, name -> new FileColumns(name, 0))
                    .column(CustomAttributeNames.column(field.fieldName()));
            column.definition = field;
            if (field.values() != null) {
                column.profiles().add(field.values());
            }
        }
    }

    List<FileColumns> files() {
        return List.copyOf(files.values());
    }

    Optional<Column> column(String file, String column) {
        return Optional.ofNullable(files.get(file)).map(columns -> columns.columns().get(column));
    }

    /** One file's columns in the order they were found. */
    record FileColumns(String file, long rows, Map<String, Column> columns) {

        FileColumns(String file, long rows) {
            this(file, rows, new LinkedHashMap<>());
        }

        private Column column(String name) {
            return columns.computeIfAbsent(name, Column::new);
        }
    }

    /** One column: its profiles and, for a custom field, its definition (null when custom_fields.csv has none). */
    static final class Column {

        private final String name;
        private final List<ColumnProfile> profiles = new ArrayList<>();
        private CustomField definition;

        Column(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        List<ColumnProfile> profiles() {
            return profiles;
        }

        CustomField definition() {
            return definition;
        }

        boolean custom() {
            return CustomAttributeNames.isCustom(name);
        }
    }
}
