package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.mapping.FieldTarget;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one version of a run's mapping says, as stored: per file the Intercom object it becomes and,
 * per column, its target with a confidence and a reason; the state of each ticket status; the
 * operator's choices; and the findings of the discovery it was proposed from.
 */
public record MappingContent(List<FileMapping> files, List<StatusMapping> ticketStates, Choices choices, Findings findings) {

    /** {@code model}: company, contact or conversation, the model of its attributes; null when it takes none. */
    public record FileMapping(String file, String target, String model, long rows, List<FieldMapping> fields) {

        Optional<FieldMapping> field(String column) {
            return fields.stream().filter(field -> field.column().equals(column)).findFirst();
        }
    }

    public record FieldMapping(String column, FieldTarget target, double confidence, String reason) {
    }

    public record StatusMapping(String status, long tickets, String state, double confidence, String reason) {
    }

    /**
     * {@code contactsWithoutEmail}: lead or queue; {@code contracts}: attributes or handoff;
     * {@code unknownRequesters}: contact or hold; {@code inactiveTechnicians}: match or fallback (see
     * {@link io.github.ateraintercom.common.control.MappingChoices}; null in a version stored before
     * inactive technicians had a choice: match). In an edit, a choice left out is not changed.
     */
    public record Choices(String contactsWithoutEmail, String contracts, String unknownRequesters, String inactiveTechnicians) {
    }

    public record Findings(long contactsWithoutEmail, long ticketsWithUnknownRequester, List<String> techniciansMissingFromRoster,
                           Map<String, Long> excludedRows, List<String> missingRequiredFiles) {
    }

    Optional<FileMapping> file(String name) {
        return files.stream().filter(file -> file.file().equals(name)).findFirst();
    }
}
