package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Starts a delta of a completed run, at cutover: what is new in a newer export (or, for a run of
 * Atera's API, modified since a date, by default since the base run began) is created, what changed
 * updated, what did not skipped. A dry run only tells which. With --follow, shows its progress until
 * it ends, as {@code run --follow} does, then, for a dry run, the plan's counts per object.
 */
@Command(name = "delta", description = "Starts a delta of a completed run: creates what is new, updates what changed, skips the rest "
        + "(--dry-run: only tells which; --follow: until it ends).")
public final class DeltaCommand extends RunOrder {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--dry-run", description = "Write nothing: list what the delta would create, update and skip.")
    boolean dryRun;

    @Option(names = "--follow", description = "Show live progress until the delta ends; exit 0 only if it completes balanced.")
    boolean follow;

    /** A newer export, or, for a run of Atera's API, since when. */
    static final class Source {

        @Option(names = "--source", paramLabel = "DIR", description = "The newer export directory, as the extractor sees it.")
        String directory;

        @Option(names = "--since", paramLabel = "DATE", description = "For a run of Atera's API: what was modified since yyyy-MM-dd[THH:mm:ss] "
                + "in the account's time zone (default: since the base run began).")
        String since;
    }

    @Override
    public Integer call() {
        JsonNode delta = connection.client().delta(runId, source == null ? null : source.directory, source == null ? null : source.since,
                dryRun);
        String deltaId = delta.path("id").asText();
        PrintWriter out = Output.of(spec);
        if (connection.json() && !follow) {
            Output.json(spec, delta);
        } else if (!connection.json()) {
            out.println("Run " + deltaId + ": " + delta.path("state").asText() + ", delta of run " + runId
                    + (dryRun ? " (dry run: nothing is written)" : ""));
            out.flush();
        }
        if (!follow) {
            return 0;
        }
        int exit = RunFollower.follow(connection, spec, deltaId);
        if (dryRun && !connection.json()) {
            out.println();
            plan(connection.client().deltaReport(deltaId)).forEach(out::println);
            out.flush();
        }
        return exit;
    }

    /** The plan of a dry run, per object: what it would create, update and skip, and what was rejected, held or failed. */
    static List<String> plan(JsonNode report) {
        List<String> lines = new ArrayList<>();
        lines.add("Plan (dry run, nothing was written):");
        lines.add(String.format("%-15s %8s %8s %8s %9s %6s %7s", "object", "create", "update", "skip", "rejected", "held", "failed"));
        for (Iterator<Map.Entry<String, JsonNode>> it = report.path("objects").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> object = it.next();
            JsonNode c = object.getValue();
            lines.add(String.format("%-15s %8d %8d %8d %9d %6d %7d", object.getKey(), c.path("create").asLong(), c.path("update").asLong(),
                    c.path("skip").asLong(), c.path("rejected").asLong(), c.path("held").asLong(), c.path("failed").asLong()));
        }
        return lines;
    }
}
