package io.github.ateraintercom.common.control;

import java.util.Map;

/**
 * What an operator confirmed of a run's mapping beyond the default map: the Intercom state of each
 * Atera ticket status ({@code open}, {@code snoozed} or {@code closed}; custom statuses included; a
 * status it does not name keeps the default map's state), and what becomes of contacts without an
 * email: {@code lead} (the default) or {@code queue}, held in the run's resolution queue.
 */
public record MappingChoices(Map<String, String> ticketStates, String contactsWithoutEmail) {

    public static final String LEAD = "lead";
    public static final String QUEUE = "queue";

    public MappingChoices {
        ticketStates = ticketStates == null ? Map.of() : Map.copyOf(ticketStates);
        contactsWithoutEmail = contactsWithoutEmail == null ? LEAD : contactsWithoutEmail;
    }

    /** True when a contact without email waits in the resolution queue rather than becoming a lead. */
    public boolean queuesContactsWithoutEmail() {
        return QUEUE.equals(contactsWithoutEmail);
    }
}
