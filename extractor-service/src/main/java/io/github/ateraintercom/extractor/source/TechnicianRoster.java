package io.github.ateraintercom.extractor.source;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.outcome.Reject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Atera has no list of technicians, and an export may have no {@code technicians.csv}: the roster is
 * then the distinct technicians seen on tickets (assignee), comments (author) and work hours, each
 * with the first name, last name and email those snapshots give. It watches records on their way
 * to the sink and, when asked, publishes the roster as records of its own. Memory grows with the
 * number of technicians, never with the number of rows.
 */
public final class TechnicianRoster implements ExtractionSink {

    /** The name derived rows are attributed to, in rejects, outcomes and the run's list of sources. */
    public static final String DERIVED_SOURCE = "technicians (derived from tickets, comments and work hours)";

    private final ExtractionSink sink;
    private final Map<String, Map<String, String>> technicians = new LinkedHashMap<>();

    public TechnicianRoster(ExtractionSink sink) {
        this.sink = sink;
    }

    @Override
    public void record(Envelope<AteraRow> row) {
        Map<String, String> fields = row.payload().fields();
        switch (row.objectType()) {
            case TICKET_COMMENT -> seen(fields.get("TechnicianContactID"), fields.get("FirstName"), fields.get("LastName"),
                    fields.get("Email"));
            case TICKET, WORK_HOUR -> {
                String[] name = splitFullName(fields.get("TechnicianFullName"));
                seen(fields.get("TechnicianContactID"), name[0], name[1], fields.get("TechnicianEmail"));
            }
            default -> {
            }
        }
        sink.record(row);
    }

    @Override
    public void reject(Envelope<Reject> reject) {
        sink.reject(reject);
    }

    /** Publishes every technician seen so far through the gate, as the roster file would have. */
    public FileExtracted publish(String runId) {
        MessageDigest digest = Sha256.digest();
        long line = 0;
        try (RecordGate gate = new RecordGate(runId, ObjectType.TECHNICIAN, DERIVED_SOURCE, sink)) {
            for (Map<String, String> technician : technicians.values()) {
                String row = String.join(",", technician.values());
                digest.update((row + "\n").getBytes(StandardCharsets.UTF_8));
                gate.row(++line, technician, () -> row);
            }
            return new FileExtracted(DERIVED_SOURCE, line, gate.published(), gate.rejected(), HexFormat.of().formatHex(digest.digest()));
        }
    }

    private void seen(String id, String firstName, String lastName, String email) {
        if (id == null || id.isBlank()) {
            return;
        }
        Map<String, String> technician = technicians.computeIfAbsent(id.strip(), key -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("TechnicianContactID", key);
            fields.put("Firstname", "");
            fields.put("Lastname", "");
            fields.put("Email", "");
            return fields;
        });
        // a later snapshot fills what an earlier one left empty, and never overwrites it
        fillIfEmpty(technician, "Firstname", firstName);
        fillIfEmpty(technician, "Lastname", lastName);
        fillIfEmpty(technician, "Email", email);
    }

    private static void fillIfEmpty(Map<String, String> fields, String column, String value) {
        if (fields.get(column).isEmpty() && value != null && !value.isBlank()) {
            fields.put(column, value.strip());
        }
    }

    /** "Dana Scully" → Dana, Scully; a single word is a first name. */
    private static String[] splitFullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return new String[]{null, null};
        }
        String name = fullName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? new String[]{name, null} : new String[]{name.substring(0, space), name.substring(space + 1).strip()};
    }
}
