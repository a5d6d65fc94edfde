package io.github.ateraintercom.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;

/** Prints a run's proposed mapping the way an operator reviews it. */
final class MappingSummary {

    private MappingSummary() {
    }

    static void print(JsonNode proposal, PrintStream out) {
        out.println();
        out.println("Proposed mapping (version " + proposal.path("version").asInt() + "):");
        proposal.path("files").forEach(file -> {
            long mapped = 0;
            for (JsonNode field : file.path("fields")) {
                if (!"IGNORE".equals(field.path("target").path("kind").asText())) {
                    mapped++;
                }
            }
            out.printf("  %-20s %6d rows → %s (%d of %d columns mapped)%n", file.path("file").asText(), file.path("rows").asLong(),
                    file.path("target").asText(), mapped, file.path("fields").size());
        });
        proposal.path("warnings").forEach(warning -> out.println("  warning: " + warning.asText()));
        proposal.path("ticketStates").forEach(state -> out.printf("  ticket status %-18s → %-8s (%.1f: %s)%n",
                "'" + state.path("status").asText() + "'", state.path("state").asText(), state.path("confidence").asDouble(),
                state.path("reason").asText()));
        out.println();
    }
}
