package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.orchestrator.contacts.ContactQueue;
import io.github.ateraintercom.orchestrator.contacts.ContactQueueView;
import io.github.ateraintercom.orchestrator.discovery.RunDiscovery;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What became of the contacts that needed a decision ({@link ContactQueue}): tickets whose end user
 * is no migrated contact (a contact made from the ticket, or the ticket held), contacts without
 * email (leads, or the resolution queue, as the run chose), and contacts merged into another with
 * the same email.
 */
@ApplicationScoped
class ContactReconciliationReport implements RunReport {

    private static final List<String> CSV_HEADER = List.of("section", "file", "line", "object", "source_id", "intercom_id", "reason",
            "detail");
    private static final Map<String, String> UNKNOWN_REQUESTERS = Map.of(
            MappingChoices.CONTACT, "a contact is made from the ticket's end-user fields",
            MappingChoices.HOLD, "the ticket is held");
    private static final Map<String, String> WITHOUT_EMAIL = Map.of(
            MappingChoices.LEAD, "each becomes a lead",
            MappingChoices.QUEUE, "each is held in the run's resolution queue");

    private final ContactQueue queue;

    ContactReconciliationReport(ContactQueue queue) {
        this.queue = queue;
    }

    /**
     * A run's contact reconciliation: the run's choices, what its discovery counted (null: not
     * discovered), and the rows the decisions touched.
     */
    public record ContactReconciliation(String runId, String unknownRequesters, String contactsWithoutEmail,
                                        Long ticketsWithUnknownRequesterInExport, Long contactsWithoutEmailInExport,
                                        ContactQueueView rows) {
    }

    @Override
    public String name() {
        return "contact-reconciliation";
    }

    ContactReconciliation reconciliation(Run run) {
        // a run started without a confirmed mapping follows the default choices
        MappingChoices choices = run.confirmedMapping == null ? new MappingChoices(Map.of(), null)
                : Json.read(run.confirmedMapping, MappingChoices.class);
        Optional<DiscoveryReport> report = RunDiscovery.reportOf(run.id);
        return new ContactReconciliation(run.id, choices.unknownRequesters(), choices.contactsWithoutEmail(),
                report.map(DiscoveryReport::ticketsWithUnknownRequester).orElse(null),
                report.map(DiscoveryReport::contactsWithoutEmail).orElse(null), queue.of(run.id));
    }

    @Override
    public String markdown(Run run) {
        ContactReconciliation reconciliation = reconciliation(run);
        ContactQueueView rows = reconciliation.rows();
        StringBuilder out = new StringBuilder("# Contact reconciliation of run ").append(run.id).append("\n\n");
        out.append("## Tickets whose end user is no migrated contact\n\n");
        out.append(choice(reconciliation.unknownRequesters(), UNKNOWN_REQUESTERS, "Tickets whose requester's email is no contact's",
                reconciliation.ticketsWithUnknownRequesterInExport()));
        out.append(table(rows.ticketsOfResolvedEndUsers(), "ticket", "what was done", "No ticket opened by a contact made for it."));
        out.append("\nHeld for their end user:\n\n");
        out.append(table(rows.ticketsHeldForTheirEndUser(), "ticket", "end user", "None."));
        out.append("\n## Contacts without email\n\n");
        out.append(choice(reconciliation.contactsWithoutEmail(), WITHOUT_EMAIL, "Contacts without email",
                reconciliation.contactsWithoutEmailInExport()));
        out.append(table(rows.queued(), "contact", "detail", "None in the resolution queue."));
        out.append("\n## Duplicate emails\n\nEach contact listed became the Intercom contact of another with its email.\n\n");
        out.append(table(rows.merged(), "contact", "merged into", "None merged."));
        return out.toString();
    }

    @Override
    public Optional<String> csv(Run run) {
        ContactQueueView view = reconciliation(run).rows();
        List<List<Object>> rows = new ArrayList<>();
        addCsvRows(rows, "ticket_end_user_resolved", view.ticketsOfResolvedEndUsers());
        addCsvRows(rows, "ticket_held", view.ticketsHeldForTheirEndUser());
        addCsvRows(rows, "contact_queued", view.queued());
        addCsvRows(rows, "contact_merged", view.merged());
        return Optional.of(new ReportTable(CSV_HEADER, rows).csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(reconciliation(run));
    }

    private static String choice(String choice, Map<String, String> meanings, String counted, Long inExport) {
        return "The run's choice: `" + choice + "`: " + meanings.getOrDefault(choice, choice) + ". " + counted
                + " in the export, as discovered: " + (inExport == null ? "unknown (the source was not discovered)" : inExport) + ".\n\n";
    }

    private static String table(List<ContactQueueView.Entry> entries, String object, String detail, String empty) {
        return new ReportTable(List.of(object, "file", "line", "Intercom id", "reason", detail), entries.stream()
                .map(entry -> Arrays.<Object>asList(entry.sourceId(), entry.file(), entry.line(), entry.intercomId(), entry.reason(),
                        entry.detail())).toList()).markdown(empty);
    }

    private static void addCsvRows(List<List<Object>> rows, String section, List<ContactQueueView.Entry> entries) {
        entries.forEach(entry -> rows.add(Arrays.asList(section, entry.file(), entry.line(), entry.objectType(), entry.sourceId(),
                entry.intercomId(), entry.reason(), entry.detail())));
    }
}
