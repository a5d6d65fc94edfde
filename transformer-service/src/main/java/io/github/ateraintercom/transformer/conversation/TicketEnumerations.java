package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.mapping.TicketStates;
import io.github.ateraintercom.transformer.mapping.FieldMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Atera's ticket enumerations. A known priority, impact or type in any case or spacing is written as
 * Atera's API spells it ({@code no impact} → {@code NoImpact}); an unknown one is kept as written,
 * since some accounts use these fields as free text, with a warning so a person sees it. A status is
 * free text in Atera: one neither built in nor named by the confirmed mapping gets a warning, as its
 * state is only the default map's guess. TicketSource has no published list and is kept as written.
 */
final class TicketEnumerations {

    static final Map<String, List<String>> VALUES = Map.of(
            "TicketPriority", List.of("Low", "Medium", "High", "Critical"),
            "TicketImpact", List.of("NoImpact", "Minor", "Major", "SiteDown", "ServerIssue", "Crisis"),
            // Bug, Other and Question: older clients' types
            "TicketType", List.of("Incident", "Problem", "Request", "Change", "Bug", "Other", "Question"),
            "TicketStatus", List.of("Open", "Pending", "Resolved", "Closed"));

    private TicketEnumerations() {
    }

    /** The enumeration values to write instead of the row's (column → Atera's spelling), and the warnings. */
    record Checked(Map<String, String> respelt, List<String> warnings) {
    }

    /** Checks the row's enumerations, but for those the confirmed mapping ignores ({@code fields}). */
    static Checked check(AteraRow row, FieldMap fields, MappingChoices confirmed) {
        Map<String, String> respelt = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        VALUES.keySet().stream().sorted().forEach(column -> {
            String value = row.value(column);
            if (value == null || fields.ignores(column)) {
                return;
            }
            String known = VALUES.get(column).stream().filter(option -> key(option).equals(key(value))).findFirst().orElse(null);
            if (known != null) {
                respelt.put(column, known);
            } else if (!column.equals("TicketStatus")) {
                warnings.add(column + " '" + value + "' is not one of Atera's values " + VALUES.get(column) + ": kept as written");
            } else if (confirmed == null || !confirmed.ticketStates().containsKey(value)) {
                warnings.add("TicketStatus '" + value + "' is not a built-in status and the confirmed mapping does not name it: "
                        + "state " + TicketStates.of(value, confirmed) + " by default");
            }
        });
        return new Checked(respelt, warnings);
    }

    private static String key(String value) {
        return value.replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
    }
}
