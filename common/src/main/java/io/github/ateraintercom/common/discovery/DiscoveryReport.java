package io.github.ateraintercom.common.discovery;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;
import java.util.Map;

/**
 * What a discovery found in a source, without publishing anything: every file with its columns,
 * the custom fields per object, the RMM data left out of scope, and the findings that shape the
 * mapping (contacts without email, tickets whose requester is no contact, unknown technicians).
 * {@code customFieldDefinitions} came later: a report without them reads as none. So did
 * {@code tags}, every distinct tag name (as {@link io.github.ateraintercom.common.mapping.IntercomNames}
 * spells it, once whatever its case) by the file it comes from ({@code tags.csv}'s Tag column,
 * {@code tickets.csv}'s Tags column), and {@code collections}, every distinct Help Center collection path of
 * the KB articles, top first: the run creates them before its data. So did {@code createdDates}, the
 * range of creation dates by file ({@code customers.csv}, {@code contacts.csv}, {@code tickets.csv}),
 * of the rows whose date can be read: a report without them reads as none.
 */
public record DiscoveryReport(
        String source,
        List<FileProfile> files,
        List<String> missingRequiredFiles,
        Map<String, Long> excludedRows,
        Map<String, List<String>> customFields,
        DateRange ticketDates,
        long contactsWithoutEmail,
        long ticketsWithUnknownRequester,
        List<String> techniciansMissingFromRoster,
        List<CustomField> customFieldDefinitions,
        Map<String, List<String>> tags,
        List<List<String>> collections,
        Map<String, DateRange> createdDates) {

    @JsonCreator
    public DiscoveryReport {
        customFieldDefinitions = customFieldDefinitions == null ? List.of() : List.copyOf(customFieldDefinitions);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        collections = collections == null ? List.of() : List.copyOf(collections);
        createdDates = createdDates == null ? Map.of() : Map.copyOf(createdDates);
    }

    /** A report without the creation dates by file. */
    public DiscoveryReport(String source, List<FileProfile> files, List<String> missingRequiredFiles, Map<String, Long> excludedRows,
                           Map<String, List<String>> customFields, DateRange ticketDates, long contactsWithoutEmail,
                           long ticketsWithUnknownRequester, List<String> techniciansMissingFromRoster,
                           List<CustomField> customFieldDefinitions, Map<String, List<String>> tags, List<List<String>> collections) {
        this(source, files, missingRequiredFiles, excludedRows, customFields, ticketDates, contactsWithoutEmail,
                ticketsWithUnknownRequester, techniciansMissingFromRoster, customFieldDefinitions, tags, collections, null);
    }

    /** A report without tag names and collection paths. */
    public DiscoveryReport(String source, List<FileProfile> files, List<String> missingRequiredFiles, Map<String, Long> excludedRows,
                           Map<String, List<String>> customFields, DateRange ticketDates, long contactsWithoutEmail,
                           long ticketsWithUnknownRequester, List<String> techniciansMissingFromRoster,
                           List<CustomField> customFieldDefinitions) {
        this(source, files, missingRequiredFiles, excludedRows, customFields, ticketDates, contactsWithoutEmail,
                ticketsWithUnknownRequester, techniciansMissingFromRoster, customFieldDefinitions, null, null, null);
    }

    /** A report of a source without custom_fields.csv or custom_values.csv. */
    public DiscoveryReport(String source, List<FileProfile> files, List<String> missingRequiredFiles, Map<String, Long> excludedRows,
                           Map<String, List<String>> customFields, DateRange ticketDates, long contactsWithoutEmail,
                           long ticketsWithUnknownRequester, List<String> techniciansMissingFromRoster) {
        this(source, files, missingRequiredFiles, excludedRows, customFields, ticketDates, contactsWithoutEmail,
                ticketsWithUnknownRequester, techniciansMissingFromRoster, null, null, null, null);
    }

    /**
     * One file: its rows (and how many of them are unusable), each column's profile, and
     * {@code problem} when the file could not be read whole or is not part of the export layout.
     */
    public record FileProfile(String file, long rows, long badRows, List<ColumnProfile> columns, String problem) {
    }

    /**
     * One column: the type its non-empty values share (email, datetime, date, integer, decimal,
     * boolean, enumeration, html, text, or empty), the date formats seen, the share of empty values,
     * for an enumeration (and for a custom field, while there are few) its values with their counts,
     * and {@code shapes}: how many non-empty values look like each type (email, datetime, date,
     * integer, decimal, boolean, html, text), so a proposal can say how many fit.
     */
    public record ColumnProfile(String name, String type, List<String> formats, double nullRatio, Integer distinct,
                                Map<String, Long> values, Map<String, Long> shapes) {

        @JsonCreator
        public ColumnProfile {
            values = values == null ? Map.of() : values;
            shapes = shapes == null ? Map.of() : shapes;
        }

        public ColumnProfile(String name, String type, List<String> formats, double nullRatio, Integer distinct,
                             Map<String, Long> values) {
            this(name, type, formats, nullRatio, distinct, values, null);
        }
    }

    /**
     * A custom field of an Atera object ({@code objectType}: Customer, Contact, Ticket, Contract,
     * Technician) as {@code custom_fields.csv} defines it (its FieldType, options and whether it is
     * required; {@code fieldType} null when only {@code custom_values.csv} names it), with the profile
     * of its values in {@code custom_values.csv} (null when it has none there). A MultiSelect value
     * is profiled option by option.
     */
    public record CustomField(String objectType, String fieldName, String fieldType, List<String> options, boolean required,
                              ColumnProfile values) {

        public CustomField {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** The earliest and latest instant seen, as ISO-8601. */
    public record DateRange(String earliest, String latest) {
    }
}
