package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.control.MappingChoices;

import java.util.List;
import java.util.Map;

/**
 * The map proposed for a run, built from the discovery of its source: per file the Intercom object
 * it becomes and where each column lands, with a confidence and a reason; the state proposed for
 * each ticket status seen; the findings an operator should weigh; and, once confirmed, the choices.
 */
public record MappingProposal(String runId, String runState, List<FileMap> files, List<StatusProposal> ticketStates,
                              Findings findings, MappingChoices confirmed) {

    public record FileMap(String file, String target, long rows, List<FieldProposal> fields) {
    }

    /** {@code target} null: the column is kept in the run's raw records only. */
    public record FieldProposal(String column, String target, double confidence, String reason) {
    }

    public record StatusProposal(String status, long tickets, String state, double confidence, String reason) {
    }

    public record Findings(long contactsWithoutEmail, long ticketsWithUnknownRequester, List<String> techniciansMissingFromRoster,
                           Map<String, Long> excludedRows, List<String> missingRequiredFiles) {
    }
}
