package io.github.ateraintercom.common.control;

import java.util.Map;

/**
 * What an operator confirmed of a run's mapping beyond the default map: the Intercom state of each
 * Atera ticket status ({@code open}, {@code snoozed} or {@code closed}; custom statuses included).
 * A status it does not name keeps the default map's state.
 */
public record MappingChoices(Map<String, String> ticketStates) {

    public MappingChoices {
        ticketStates = ticketStates == null ? Map.of() : Map.copyOf(ticketStates);
    }
}
