package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Orders a run's rollback: everything it created is removed, newest first (what Intercom only
 * archives is archived), what it adopted is left alone. With --follow, one line whenever the rollback
 * moved, then its report; exit 0 only when everything was removed.
 */
@Command(name = "rollback", description = "Removes what a run created; what it adopted stays (--follow: live until it is done).")
public final class RollbackCommand extends FollowedOrder {

    private static final String ROLLED_BACK = "ROLLED_BACK";

    @Option(names = "--follow", description = "Show the rollback's progress until it ends, then its report; exit 0 only if everything was removed.")
    boolean follow;

    @Override
    public Integer call() {
        return answer(connection.client().rollback(runId), follow, "rollback", ROLLED_BACK, RollbackCommand::line);
    }

    /** One line of the run's rollback, e.g. {@code Run r1: ROLLING_BACK (order 1), 30 of 40 entries: removed 20, …}. */
    static String line(JsonNode run) {
        JsonNode rollback = run.path("rollback");
        StringBuilder line = new StringBuilder("Run ").append(run.path("id").asText()).append(": ").append(run.path("state").asText());
        if (rollback.isMissingNode() || rollback.isNull()) {
            return line.toString();
        }
        line.append(" (order ").append(rollback.path("order").asInt()).append(')');
        long settled = rollback.path("removed").asLong() + rollback.path("archived").asLong() + rollback.path("leftAlone").asLong()
                + rollback.path("failed").asLong();
        line.append(", ").append(settled);
        if (rollback.hasNonNull("entries")) {
            line.append(" of ").append(rollback.path("entries").asLong());
        }
        return line.append(" entries: removed ").append(rollback.path("removed").asLong())
                .append(", archived ").append(rollback.path("archived").asLong())
                .append(", left alone ").append(rollback.path("leftAlone").asLong())
                .append(", failed ").append(rollback.path("failed").asLong()).toString();
    }
}
