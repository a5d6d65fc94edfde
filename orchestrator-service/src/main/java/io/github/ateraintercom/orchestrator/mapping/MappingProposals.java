package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;
import io.github.ateraintercom.common.mapping.TicketStates;
import io.github.ateraintercom.orchestrator.discovery.RunDiscovery;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the mapping proposed for a run from the discovery of its source. */
@ApplicationScoped
public class MappingProposals {

    /** Must run inside a transaction; empty until the run's source is discovered. */
    public Optional<MappingProposal> of(Run run) {
        RunDiscovery discovery = RunDiscovery.findById(run.id);
        if (discovery == null || discovery.report == null) {
            return Optional.empty();
        }
        DiscoveryReport report = Json.read(discovery.report, DiscoveryReport.class);
        MappingChoices confirmed = run.confirmedMapping == null ? null : Json.read(run.confirmedMapping, MappingChoices.class);
        List<MappingProposal.FileMap> files = new ArrayList<>();
        List<MappingProposal.StatusProposal> states = List.of();
        for (DiscoveryReport.FileProfile file : report.files()) {
            if (file.problem() != null) {
                continue;
            }
            files.add(fileMap(file));
            if (file.file().equals("tickets.csv")) {
                states = ticketStates(file);
            }
        }
        return Optional.of(new MappingProposal(run.id, run.state.name(), files, states,
                new MappingProposal.Findings(report.contactsWithoutEmail(), report.ticketsWithUnknownRequester(),
                        report.techniciansMissingFromRoster(), report.excludedRows(), report.missingRequiredFiles()),
                confirmed));
    }

    private static MappingProposal.FileMap fileMap(DiscoveryReport.FileProfile file) {
        String target = DefaultMap.TARGETS.get(file.file());
        Map<String, String> known = DefaultMap.FIELDS.getOrDefault(file.file(), Map.of());
        List<MappingProposal.FieldProposal> fields = new ArrayList<>();
        for (DiscoveryReport.ColumnProfile column : file.columns()) {
            String name = column.name();
            if (target == null) {
                fields.add(new MappingProposal.FieldProposal(name, null, 1.0, "the file is not migrated in this release"));
            } else if (known.containsKey(name)) {
                fields.add(new MappingProposal.FieldProposal(name, known.get(name), 1.0, "default map"));
            } else if (CustomAttributeNames.isCustom(name) && !file.file().equals("kb_articles.csv")) {
                fields.add(new MappingProposal.FieldProposal(name, "custom attribute "
                        + CustomAttributeNames.of(CustomAttributeNames.fieldName(name)), 0.9,
                        "custom field (" + column.type() + "), written as text"));
            } else {
                fields.add(new MappingProposal.FieldProposal(name, null, 1.0, "kept in the run's raw records only"));
            }
        }
        return new MappingProposal.FileMap(file.file(), target == null ? "held: no Intercom mapping in this release" : target,
                file.rows(), fields);
    }

    private static List<MappingProposal.StatusProposal> ticketStates(DiscoveryReport.FileProfile tickets) {
        List<MappingProposal.StatusProposal> states = new ArrayList<>();
        tickets.columns().stream().filter(column -> column.name().equals("TicketStatus") && column.values() != null)
                .findFirst().ifPresent(column -> column.values().forEach((status, count) -> {
                    TicketStates.Proposal proposal = TicketStates.byDefault(status);
                    states.add(new MappingProposal.StatusProposal(status, count, proposal.state(), proposal.confidence(),
                            proposal.reason()));
                }));
        return states;
    }
}
