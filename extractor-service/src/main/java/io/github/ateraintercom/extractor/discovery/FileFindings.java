package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.atera.AteraInstants;
import io.github.ateraintercom.common.discovery.DiscoveryReport.DateRange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The findings that cross files: contacts without email, tickets whose requester's email is no
 * contact's, technicians on tickets missing from the roster, and the range of creation dates of
 * customers, contacts and tickets (of the rows whose date can be read). Files are read in layout
 * order, so contacts and technicians are known before tickets.
 */
final class FileFindings {

    private static final String TICKETS = "tickets.csv";

    /** The column each file's rows are created at. */
    private static final Map<String, String> CREATED_COLUMNS = Map.of(
            "customers.csv", "CreatedOn", "contacts.csv", "CreatedOn", TICKETS, "TicketCreatedDate");

    private final ZoneId accountZone;
    private final Map<String, Instant[]> createdRanges = new TreeMap<>();
    private final Set<String> contactEmails = new HashSet<>();
    private final Set<String> roster = new HashSet<>();
    private final Set<String> missingTechnicians = new TreeSet<>();
    private boolean contactsRead;
    private boolean rosterRead;
    private long contactsWithoutEmail;
    private long ticketsWithUnknownRequester;

    FileFindings(ZoneId accountZone) {
        this.accountZone = accountZone;
    }

    void row(String file, Map<String, String> fields) {
        String createdColumn = CREATED_COLUMNS.get(file);
        if (createdColumn != null) {
            created(file, text(fields.get(createdColumn)));
        }
        switch (file) {
            case "contacts.csv" -> contact(fields);
            case "technicians.csv" -> technician(fields);
            case TICKETS -> ticket(fields);
            default -> {
                // other files carry no cross-file finding
            }
        }
    }

    private void contact(Map<String, String> fields) {
        contactsRead = true;
        String email = text(fields.get("Email"));
        if (email.isEmpty()) {
            contactsWithoutEmail++;
        } else {
            contactEmails.add(email.toLowerCase(Locale.ROOT));
        }
    }

    private void technician(Map<String, String> fields) {
        rosterRead = true;
        String id = text(fields.get("TechnicianContactID"));
        if (!id.isEmpty()) {
            roster.add(id);
        }
    }

    private void ticket(Map<String, String> fields) {
        String requester = text(fields.get("EndUserEmail")).toLowerCase(Locale.ROOT);
        if (contactsRead && !requester.isEmpty() && !contactEmails.contains(requester)) {
            ticketsWithUnknownRequester++;
        }
        String technician = text(fields.get("TechnicianContactID"));
        if (rosterRead && !technician.isEmpty() && !roster.contains(technician)) {
            missingTechnicians.add(technician);
        }
    }

    private void created(String file, String value) {
        AteraInstants.parse(value, accountZone).ifPresent(created -> {
            Instant[] range = createdRanges.computeIfAbsent(file, none -> new Instant[] {created, created});
            range[0] = created.isBefore(range[0]) ? created : range[0];
            range[1] = created.isAfter(range[1]) ? created : range[1];
        });
    }

    long contactsWithoutEmail() {
        return contactsWithoutEmail;
    }

    long ticketsWithUnknownRequester() {
        return ticketsWithUnknownRequester;
    }

    Set<String> missingTechnicians() {
        return missingTechnicians;
    }

    DateRange ticketDates() {
        return createdDates().get(TICKETS);
    }

    /** By file, the earliest and latest creation date read. */
    Map<String, DateRange> createdDates() {
        Map<String, DateRange> dates = new TreeMap<>();
        createdRanges.forEach((file, range) -> dates.put(file, new DateRange(range[0].toString(), range[1].toString())));
        return dates;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
