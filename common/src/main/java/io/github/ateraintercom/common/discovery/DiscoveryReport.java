package io.github.ateraintercom.common.discovery;

import java.util.List;
import java.util.Map;

/**
 * What a discovery found in a source, without publishing anything: every file with its columns,
 * the custom fields per object, the RMM data left out of scope, and the findings that shape the
 * mapping (contacts without email, tickets whose requester is no contact, unknown technicians).
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
        List<String> techniciansMissingFromRoster) {

    /**
     * One file: its rows (and how many of them are unusable), each column's profile, and
     * {@code problem} when the file could not be read whole or is not part of the export layout.
     */
    public record FileProfile(String file, long rows, long badRows, List<ColumnProfile> columns, String problem) {
    }

    /**
     * One column: the type its non-empty values share (email, datetime, date, integer, decimal,
     * boolean, enumeration, html, text, or empty), the date formats seen, the share of empty values,
     * and for an enumeration its values with their counts.
     */
    public record ColumnProfile(String name, String type, List<String> formats, double nullRatio, Integer distinct,
                                Map<String, Long> values) {
    }

    /** The earliest and latest instant seen, as ISO-8601. */
    public record DateRange(String earliest, String latest) {
    }
}
