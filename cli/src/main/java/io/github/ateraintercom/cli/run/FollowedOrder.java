package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Migrate;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** An order the loaders carry out on a run that has ended (its rollback, its verification), followed to its end on request. */
abstract class FollowedOrder extends RunOrder {

    /**
     * Without {@code follow}, the run as the order left it; with it, one {@code line} whenever the run
     * moved until it ends, then its {@code report}. Exit 0 unless followed to another end than {@code success}.
     */
    protected Integer answer(JsonNode ordered, boolean follow, String report, String success, Function<JsonNode, String> line) {
        PrintWriter out = Output.of(spec);
        if (!follow) {
            if (connection.json()) {
                Output.json(spec, ordered);
            } else {
                out.println(line.apply(ordered));
            }
            return 0;
        }
        AtomicReference<String> printed = new AtomicReference<>();
        connection.client().follow(runId, run -> {
            if (connection.json()) {
                Output.json(spec, run);
            } else if (!line.apply(run).equals(printed.getAndSet(line.apply(run)))) {
                out.println(line.apply(run));
                out.flush();
            }
        });
        JsonNode run = connection.client().run(runId);
        if (!connection.json()) {
            out.println();
            out.print(connection.client().report(runId, report, "markdown"));
            out.flush();
        }
        return success.equals(run.path("state").asText()) ? 0 : Migrate.RUN_NOT_COMPLETED;
    }
}
