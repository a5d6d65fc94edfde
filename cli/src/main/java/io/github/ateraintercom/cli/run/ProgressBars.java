package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A run's progress as one bar per object: how much of its source rows is settled (loaded, rejected, failed or held). */
public final class ProgressBars {

    static final int WIDTH = 30;

    private ProgressBars() {
    }

    /** The whole run on one line, for output that is not a terminal (a log, a pipe): one line per change. */
    public static String line(JsonNode run) {
        long source = 0;
        long settled = 0;
        long inFlight = 0;
        for (JsonNode counts : run.path("objects")) {
            source += counts.path("sourceRows").asLong();
            settled += counts.path("loaded").asLong() + counts.path("rejected").asLong() + counts.path("failed").asLong()
                    + counts.path("held").asLong();
            inFlight += counts.path("inFlight").asLong();
        }
        return String.format("Run %s: %s%s, %d of %d source rows settled, %d in flight%s%s", run.path("id").asText(),
                run.path("state").asText(), run.path("paused").asBoolean() ? " (paused)" : "", settled, source, inFlight,
                eta(run.path("eta")), rateLimit(run.path("rateLimit")));
    }

    /** ", about 3 min left at 41.5 rows/s" ("… (rate limit)" when reckoned from the quota), or nothing while no rate is known. */
    static String eta(JsonNode eta) {
        if (eta.isMissingNode() || eta.isNull()) {
            return "";
        }
        long seconds = eta.path("seconds").asLong();
        String left = seconds < 90 ? seconds + " s" : seconds < 5400 ? Math.round(seconds / 60.0) + " min"
                : String.format("%.1f h", seconds / 3600.0);
        return ", about " + left + " left at " + eta.path("rowsPerSecond").asDouble() + " rows/s"
                + ("rate-limit".equals(eta.path("basis").asText()) ? " (rate limit)" : "");
    }

    /** " · rate limit 64 % of 1383/10 s, 2 × 429": the run's share of the allowance over the last minute, and the 429s it met; or nothing. */
    static String rateLimit(JsonNode rateLimit) {
        if (rateLimit.isMissingNode() || rateLimit.isNull()) {
            return "";
        }
        long refused = rateLimit.path("rateLimited").asLong();
        String refusals = refused > 0 ? ", " + refused + " × 429" : "";
        if (!rateLimit.hasNonNull("allowance")) {
            return " · rate limit not known yet" + refusals;
        }
        return String.format(" · rate limit %d %% of %d/%d s%s", Math.round(rateLimit.path("shareLastMinute").asDouble() * 100),
                rateLimit.path("allowance").asLong(), rateLimit.path("windowSeconds").asLong(), refusals);
    }

    /** " · phase conversations open", the phases being written, or nothing. */
    private static String phases(JsonNode phases) {
        List<String> open = new ArrayList<>();
        phases.fields().forEachRemaining(phase -> {
            if ("open".equals(phase.getValue().path("state").asText())) {
                open.add(phase.getKey());
            }
        });
        return open.isEmpty() ? "" : " · open: " + String.join(", ", open);
    }

    public static List<String> of(JsonNode run) {
        List<String> lines = new ArrayList<>();
        lines.add("Run " + run.path("id").asText() + ": " + run.path("state").asText() + (run.path("paused").asBoolean() ? " (paused)" : "")
                + eta(run.path("eta")) + rateLimit(run.path("rateLimit")) + phases(run.path("phases")));
        for (Iterator<Map.Entry<String, JsonNode>> objects = run.path("objects").fields(); objects.hasNext(); ) {
            Map.Entry<String, JsonNode> object = objects.next();
            JsonNode counts = object.getValue();
            long source = counts.path("sourceRows").asLong();
            long settled = counts.path("loaded").asLong() + counts.path("rejected").asLong() + counts.path("failed").asLong()
                    + counts.path("held").asLong();
            double share = source == 0 ? 1 : Math.min(1, (double) settled / source);
            int filled = (int) Math.floor(share * WIDTH);
            lines.add(String.format("  %-15s [%s%s] %5.1f %%  %d/%d  loaded %d, rejected %d, failed %d, held %d, in flight %d",
                    object.getKey(), "#".repeat(filled), "-".repeat(WIDTH - filled), share * 100, settled, source,
                    counts.path("loaded").asLong(), counts.path("rejected").asLong(), counts.path("failed").asLong(),
                    counts.path("held").asLong(), counts.path("inFlight").asLong()));
        }
        return lines;
    }
}
