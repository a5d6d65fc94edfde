package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Prints a run the way an operator reads it at the end: per object where every row stands, then every row that did not load. */
public final class RunSummary {

    private RunSummary() {
    }

    public static void print(JsonNode run, JsonNode unsuccessful, PrintWriter out) {
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
        intercomCalls(run.path("rateLimit"), out);
        if (unsuccessful.isArray() && !unsuccessful.isEmpty()) {
            out.println();
            out.println("Rejected, failed or held rows:");
            unsuccessful.forEach(row -> out.println("  " + row.path("outcome").asText().toLowerCase(Locale.ROOT)
                    + " " + row.path("file").asText() + ":" + row.path("line").asText()
                    + " [" + row.path("stage").asText() + "/" + row.path("rule").asText() + "] "
                    + row.path("reason").asText()));
        }
        out.flush();
    }

    /** "Intercom calls: 1200 (3.0 per row), 429s met: 2; rate limit 1666 per 10 s (allowance 1383)", once the loaders told them. */
    static void intercomCalls(JsonNode rateLimit, PrintWriter out) {
        if (rateLimit.isMissingNode() || rateLimit.isNull()) {
            return;
        }
        out.print("Intercom calls: " + rateLimit.path("calls").asLong()
                + (rateLimit.hasNonNull("callsPerRecord") ? " (" + rateLimit.path("callsPerRecord").asDouble() + " per row)" : "")
                + ", 429s met: " + rateLimit.path("rateLimited").asLong());
        if (rateLimit.hasNonNull("limit")) {
            out.print("; rate limit " + rateLimit.path("limit").asLong() + " per " + rateLimit.path("windowSeconds").asLong()
                    + " s (allowance " + rateLimit.path("allowance").asLong() + ")");
        }
        out.println();
    }
}
