package io.github.ateraintercom.orchestrator.handoff;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.event.RecordFacts;
import io.github.ateraintercom.orchestrator.handoff.RecordContents.ContentRow;
import io.github.ateraintercom.orchestrator.report.ReportTable;
import io.github.ateraintercom.orchestrator.report.RunReport;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.teammates.TeammateQueue;
import io.github.ateraintercom.orchestrator.teammates.TeammateQueueView;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who takes the technicians' seats in Intercom: each technician matched with a teammate (and which),
 * each one in the run's teammate queue with how it was resolved (a teammate, or the fallback
 * teammate), the inactive ones, and the fallback teammate's share of the tickets: tickets whose
 * technician went to the fallback teammate among all tickets with a technician, unassigned tickets
 * counted apart. A technician that never reached the queue (rejected, or absent from the roster)
 * leaves its tickets to the fallback teammate, as the loaders do.
 */
@Singleton
class TeammateSeatsReport implements RunReport {

    private final RecordContents contents;
    private final TeammateQueue queue;

    TeammateSeatsReport(RecordContents contents, TeammateQueue queue) {
        this.contents = contents;
        this.queue = queue;
    }

    @Override
    public String name() {
        return "teammate-seats";
    }

    @Override
    public String markdown(Run run) {
        Seats seats = seats(run);
        StringBuilder out = new StringBuilder("# Teammate seats of run ").append(run.id).append("\n\n")
                .append("Fallback teammate: ").append(seats.fallbackTeammate() == null ? "none" : seats.fallbackTeammate()).append("\n");
        section(out, "Matched with a teammate", seats, Seat.MATCHED);
        section(out, "In the teammate queue", seats, Seat.QUEUED);
        section(out, "Never reached the queue: their tickets go to the fallback teammate", seats, Seat.UNMATCHABLE);
        out.append("\n## Inactive in Atera\n\n");
        ReportTable inactive = new ReportTable("technician id", "email", "name", "seat", "teammate", "tickets");
        seats.technicians().stream().filter(technician -> Boolean.FALSE.equals(technician.active())).forEach(technician -> inactive.row(
                technician.technicianId(), technician.email(), technician.name(), technician.seat(), technician.teammate(),
                technician.tickets()));
        out.append(inactive.markdown());
        Share share = seats.share();
        out.append("\n## The fallback teammate's share\n\n")
                .append("- Tickets with a technician: ").append(share.withTechnician()).append('\n')
                .append("- Their technician went to the fallback teammate: ").append(share.toFallback()).append(" (")
                .append(share.percent()).append("%)\n")
                .append("- Their technician is not resolved yet: ").append(share.unresolved()).append('\n')
                .append("- Unassigned tickets (no technician; the fallback teammate acts for them): ").append(share.unassigned()).append('\n');
        return out.toString();
    }

    @Override
    public Optional<String> csv(Run run) {
        ReportTable table = new ReportTable("technician_id", "email", "name", "active", "seat", "teammate", "tickets");
        seats(run).technicians().forEach(technician -> table.row(technician.technicianId(), technician.email(), technician.name(),
                technician.active(), technician.seat(), technician.teammate(), technician.tickets()));
        return Optional.of(table.csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(seats(run));
    }

    private static void section(StringBuilder out, String title, Seats seats, String seat) {
        List<Technician> technicians = seats.technicians().stream().filter(technician -> technician.seat().startsWith(seat)).toList();
        out.append("\n## ").append(title).append(" (").append(technicians.size()).append(")\n\n");
        ReportTable table = new ReportTable("technician id", "email", "name", "active", "seat", "teammate", "tickets");
        technicians.forEach(technician -> table.row(technician.technicianId(), technician.email(), technician.name(),
                technician.active() == null ? "" : technician.active() ? "yes" : "no", technician.seat(), technician.teammate(),
                technician.tickets()));
        out.append(table.markdown());
    }

    private Seats seats(Run run) {
        MappingChoices choices = run.confirmedMapping == null ? MappingChoices.defaults() : Json.read(run.confirmedMapping, MappingChoices.class);
        Map<String, TeammateQueueView.Entry> queued = new LinkedHashMap<>();
        queue.of(run).technicians().forEach(entry -> queued.put(entry.technicianId(), entry));
        List<ContentRow> tickets = contents.of(run.id, ObjectType.TICKET).stream().filter(row -> !row.fields().isEmpty()).toList();
        Map<String, Long> ticketsOf = new LinkedHashMap<>();
        tickets.stream().map(ticket -> ticket.value(RecordFacts.TECHNICIAN_ID)).filter(Objects::nonNull)
                .forEach(id -> ticketsOf.merge(id, 1L, Long::sum));
        List<Technician> technicians = new ArrayList<>();
        for (ContentRow row : contents.of(run.id, ObjectType.TECHNICIAN)) {
            technicians.add(technician(row, queued.get(row.sourceId()), choices, ticketsOf.getOrDefault(row.sourceId(), 0L)));
        }
        Map<String, Technician> byId = new LinkedHashMap<>();
        technicians.forEach(technician -> byId.put(technician.technicianId(), technician));
        long withTechnician = 0;
        long toFallback = 0;
        long unresolved = 0;
        for (ContentRow ticket : tickets) {
            String technicianId = ticket.value(RecordFacts.TECHNICIAN_ID);
            if (technicianId == null) {
                continue;
            }
            withTechnician++;
            Technician technician = byId.get(technicianId);
            if (technician == null || technician.toFallback()) {
                toFallback++;
            } else if (technician.teammate() == null) {
                unresolved++;
            }
        }
        return new Seats(run.fallbackTeammate, technicians,
                new Share(withTechnician, toFallback, unresolved, tickets.size() - withTechnician));
    }

    private static Technician technician(ContentRow row, TeammateQueueView.Entry queued, MappingChoices choices, long tickets) {
        String email = row.value(RecordFacts.EMAIL) != null ? row.value(RecordFacts.EMAIL) : queued == null ? null : queued.email();
        String name = row.value(RecordFacts.NAME) != null ? row.value(RecordFacts.NAME) : queued == null ? null : queued.name();
        Boolean active = row.value(RecordFacts.ACTIVE) != null ? Boolean.valueOf(row.value(RecordFacts.ACTIVE))
                : queued == null ? null : queued.active();
        if (queued != null) {
            TeammateQueueView.Resolution resolution = queued.resolution();
            if (resolution == null) {
                return new Technician(row.sourceId(), email, name, active, Seat.QUEUED + ": unresolved", null, false, tickets);
            }
            return resolution.fallback()
                    ? new Technician(row.sourceId(), email, name, active, Seat.QUEUED + ": sent to the fallback teammate", null, true, tickets)
                    : new Technician(row.sourceId(), email, name, active, Seat.QUEUED + ": mapped to a teammate", resolution.adminId(), false,
                    tickets);
        }
        if (row.loaded()) {
            boolean inactiveToFallback = Boolean.FALSE.equals(active) && choices.sendsInactiveTechniciansToFallback();
            return inactiveToFallback
                    ? new Technician(row.sourceId(), email, name, active, Seat.MATCHED + " with the fallback teammate: inactive, as the run chose",
                    null, true, tickets)
                    : new Technician(row.sourceId(), email, name, active, Seat.MATCHED + " by email", row.intercomId(), false, tickets);
        }
        if ("REJECTED".equals(row.outcome())) {
            return new Technician(row.sourceId(), email, name, active, Seat.UNMATCHABLE + ": " + row.reason(), null, true, tickets);
        }
        return new Technician(row.sourceId(), email, name, active, "not settled yet", null, false, tickets);
    }

    /** The beginnings of a technician's seat, by which the report groups them. */
    private static final class Seat {
        static final String MATCHED = "matched";
        static final String QUEUED = "queue";
        static final String UNMATCHABLE = "rejected";

        private Seat() {
        }
    }

    record Seats(String fallbackTeammate, List<Technician> technicians, Share share) {
    }

    /**
     * One technician: {@code seat} says how it was settled, {@code teammate} the Intercom admin id that
     * takes its tickets (null for the fallback teammate or while unresolved), {@code tickets} how many
     * transformed tickets name it.
     */
    record Technician(String technicianId, String email, String name, Boolean active, String seat, String teammate,
                      boolean toFallback, long tickets) {
    }

    /** The fallback teammate's share: {@code toFallback} of {@code withTechnician} tickets; {@code unassigned} apart. */
    record Share(long withTechnician, long toFallback, long unresolved, long unassigned) {

        @JsonProperty("percent")
        public String percent() {
            return withTechnician == 0 ? "0.0" : String.format(Locale.ROOT, "%.1f", 100.0 * toFallback / withTechnician);
        }
    }
}
