package io.github.ateraintercom.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.Map;

/** Prints a run the way an operator reads it. */
final class RunSummary {

    private RunSummary() {
    }

    static void print(JsonNode run, JsonNode rejects, PrintStream out) {
        out.println();
        out.println("Run " + run.path("id").asText() + ": " + run.path("state").asText()
                + (run.hasNonNull("failure") ? " (" + run.path("failure").asText() + ")" : ""));
        out.printf("%-15s %8s %10s %12s %8s %9s %7s %6s %10s%n",
                "object", "source", "extracted", "transformed", "loaded", "rejected", "failed", "held", "in flight");
        for (Iterator<Map.Entry<String, JsonNode>> it = run.path("objects").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> object = it.next();
            JsonNode c = object.getValue();
            out.printf("%-15s %8d %10d %12d %8d %9d %7d %6d %10d%n", object.getKey(),
                    c.path("sourceRows").asLong(), c.path("extracted").asLong(), c.path("transformed").asLong(),
                    c.path("loaded").asLong(), c.path("rejected").asLong(), c.path("failed").asLong(),
                    c.path("held").asLong(), c.path("inFlight").asLong());
        }
        out.println("Balanced (source rows = loaded + rejected + failed + held): " + run.path("balanced").asBoolean());
        if (rejects.isArray() && !rejects.isEmpty()) {
            out.println();
            out.println("Rejected, failed or held rows:");
            rejects.forEach(reject -> out.println("  " + reject.path("outcome").asText().toLowerCase()
                    + " " + reject.path("file").asText() + ":" + reject.path("line").asText()
                    + " [" + reject.path("stage").asText() + "/" + reject.path("rule").asText() + "] "
                    + reject.path("reason").asText()));
        }
    }
}
