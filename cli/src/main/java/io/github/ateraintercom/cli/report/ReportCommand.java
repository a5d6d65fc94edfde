package io.github.ateraintercom.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import io.github.ateraintercom.cli.api.JsonHttp;
import io.github.ateraintercom.cli.api.OrchestratorClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The run's reconciliation report: Markdown for people, CSV or JSON for tools; printed or written to a file. */
@Command(name = "report", description = "Prints or writes a run's reconciliation report (markdown, csv or json).")
public final class ReportCommand extends RunOrder {

    /** The report's formats. */
    enum Format { MARKDOWN, CSV, JSON }




    @Option(names = "--format", defaultValue = "MARKDOWN", description = "markdown, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to this file instead of printing it.")
    Path output;

    @Override
    public Integer call() {
        OrchestratorClient client = connection.client();
        String report = switch (format) {
            case MARKDOWN -> client.report(runId, "report");
            case CSV -> client.report(runId, "report.csv");
            case JSON -> JsonHttp.MAPPER.createObjectNode().<ObjectNode>set("run", client.run(runId))
                    .set("unsuccessful", client.unsuccessful(runId)).toPrettyString();
        };
        if (output == null) {
            Output.of(spec).println(report);
        } else {
            try {
                Files.writeString(output, report);
            } catch (IOException e) {
                throw new UncheckedIOException("the report cannot be written to " + output, e);
            }
            Output.of(spec).println("Report of run " + runId + " written to " + output.toAbsolutePath());
        }
        return 0;
    }
}
