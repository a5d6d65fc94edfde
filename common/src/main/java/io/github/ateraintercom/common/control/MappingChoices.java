package io.github.ateraintercom.common.control;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ateraintercom.common.mapping.FieldTarget;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The confirmed mapping of a run as the services apply it ({@code version} 0: the default map, no
 * document was confirmed):
 * <ul>
 *   <li>{@code ticketStates}: the Intercom state of each Atera ticket status ({@code open},
 *   {@code snoozed} or {@code closed}; a status it does not name keeps the default map's state);</li>
 *   <li>{@code contactsWithoutEmail}: {@code lead} (the default) or {@code queue}, held in the run's
 *   resolution queue;</li>
 *   <li>{@code contracts}: {@code attributes} of their company (the default) or {@code handoff}, left
 *   to the billing hand-off document;</li>
 *   <li>{@code unknownRequesters}, tickets whose end user matches no contact: {@code contact} (the
 *   default), opened by a contact made from the ticket's end-user fields, or {@code hold};</li>
 *   <li>{@code inactiveTechnicians}, technicians Atera marks inactive: {@code match} (the default), matched
 *   by email like any other, or {@code fallback}: their tickets go to the run's fallback teammate, and
 *   they never wait in the teammate queue;</li>
 *   <li>{@code fields}: per export file and column, where it lands when not where the default map
 *   puts it (an attribute of another name or type, or ignored).</li>
 * </ul>
 */
public record MappingChoices(int version, Map<String, String> ticketStates, String contactsWithoutEmail, String contracts,
                             String unknownRequesters, Map<String, Map<String, FieldTarget>> fields, String inactiveTechnicians) {

    public static final String LEAD = "lead";
    public static final String QUEUE = "queue";
    public static final String ATTRIBUTES = "attributes";
    public static final String HANDOFF = "handoff";
    public static final String CONTACT = "contact";
    public static final String HOLD = "hold";
    public static final String MATCH = "match";
    public static final String FALLBACK = "fallback";

    @JsonCreator
    public MappingChoices {
        ticketStates = ticketStates == null ? Map.of() : Map.copyOf(ticketStates);
        contactsWithoutEmail = contactsWithoutEmail == null ? LEAD : contactsWithoutEmail;
        contracts = contracts == null ? ATTRIBUTES : contracts;
        unknownRequesters = unknownRequesters == null ? CONTACT : unknownRequesters;
        Map<String, Map<String, FieldTarget>> copy = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((file, columns) -> copy.put(file, Map.copyOf(columns)));
        }
        fields = Map.copyOf(copy);
        inactiveTechnicians = inactiveTechnicians == null ? MATCH : inactiveTechnicians;
    }

    /** The choices made before inactive technicians had one: they are matched like any other. */
    public MappingChoices(int version, Map<String, String> ticketStates, String contactsWithoutEmail, String contracts,
                          String unknownRequesters, Map<String, Map<String, FieldTarget>> fields) {
        this(version, ticketStates, contactsWithoutEmail, contracts, unknownRequesters, fields, null);
    }

    /** The default map with these two choices. */
    public MappingChoices(Map<String, String> ticketStates, String contactsWithoutEmail) {
        this(0, ticketStates, contactsWithoutEmail, null, null, null);
    }

    public static MappingChoices defaults() {
        return new MappingChoices(null, null);
    }

    /** True when a contact without email waits in the resolution queue rather than becoming a lead. */
    public boolean queuesContactsWithoutEmail() {
        return QUEUE.equals(contactsWithoutEmail);
    }

    public boolean handsOffContracts() {
        return HANDOFF.equals(contracts);
    }

    public boolean holdsUnknownRequesters() {
        return HOLD.equals(unknownRequesters);
    }

    /** True when the tickets of a technician Atera marks inactive go to the fallback teammate, unmatched. */
    public boolean sendsInactiveTechniciansToFallback() {
        return FALLBACK.equals(inactiveTechnicians);
    }

    /** Where {@code column} of {@code file} lands, when the confirmed mapping moved it from the default map. */
    public Optional<FieldTarget> field(String file, String column) {
        return Optional.ofNullable(fields.getOrDefault(file, Map.of()).get(column));
    }
}
