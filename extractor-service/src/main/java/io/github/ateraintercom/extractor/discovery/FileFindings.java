package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.atera.AteraInstants;
import io.github.ateraintercom.common.discovery.DiscoveryReport.DateRange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The findings that cross files: contacts without email, tickets whose requester's email is no
 * contact's, technicians on tickets missing from the roster, and the tickets' date range. Files are
 * read in layout order, so contacts and technicians are known before tickets.
 */
final class FileFindings {

    private final ZoneId accountZone;
    private final Set<String> contactEmails = new HashSet<>();
    private final Set<String> roster = new HashSet<>();
    private final Set<String> missingTechnicians = new TreeSet<>();
    private boolean contactsRead;
    private boolean rosterRead;
    private long contactsWithoutEmail;
    private long ticketsWithUnknownRequester;
    private Instant earliestTicket;
    private Instant latestTicket;

    FileFindings(ZoneId accountZone) {
        this.accountZone = accountZone;
    }

    void row(String file, Map<String, String> fields) {
        switch (file) {
            case "contacts.csv" -> contact(fields);
            case "technicians.csv" -> technician(fields);
            case "tickets.csv" -> ticket(fields);
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
        AteraInstants.parse(text(fields.get("TicketCreatedDate")), accountZone).ifPresent(created -> {
            earliestTicket = earliestTicket == null || created.isBefore(earliestTicket) ? created : earliestTicket;
            latestTicket = latestTicket == null || created.isAfter(latestTicket) ? created : latestTicket;
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
        return earliestTicket == null ? null : new DateRange(earliestTicket.toString(), latestTicket.toString());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
