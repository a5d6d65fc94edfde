package io.github.ateraintercom.cli.mapping;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintWriter;

/** Prints a run's mapping the way an operator reviews it: each file's target, warnings, ticket states. */
public final class MappingSummary {

    private MappingSummary() {
    }

    public static void print(JsonNode mapping, PrintWriter out) {
        out.println();
        out.println((mapping.path("confirmed").asBoolean() ? "Confirmed" : "Proposed") + " mapping (version "
                + mapping.path("version").asInt() + "):");
        mapping.path("files").forEach(file -> {
            long mapped = 0;
            for (JsonNode field : file.path("fields")) {
                if (!"IGNORE".equals(field.path("target").path("kind").asText())) {
                    mapped++;
                }
            }
            out.printf("  %-20s %6d rows → %s (%d of %d columns mapped)%n", file.path("file").asText(), file.path("rows").asLong(),
                    file.path("target").asText(), mapped, file.path("fields").size());
        });
        mapping.path("warnings").forEach(warning -> out.println("  warning: " + warning.asText()));
        mapping.path("ticketStates").forEach(state -> out.printf("  ticket status %-18s → %-8s (%.1f: %s)%n",
                "'" + state.path("status").asText() + "'", state.path("state").asText(), state.path("confidence").asDouble(),
                state.path("reason").asText()));
        out.println();
        out.flush();
    }
}
