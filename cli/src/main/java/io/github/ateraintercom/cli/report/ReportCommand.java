package io.github.ateraintercom.cli.report;

import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One of the run's reports (the reconciliation by default): Markdown for people, CSV or JSON for tools; printed or written to a file. */
@Command(name = "report", description = "Prints or writes one of a run's reports (markdown, csv or json); the orchestrator "
        + "lists the report names when it is asked for one it does not have.")
public final class ReportCommand extends RunOrder {

    /** The report's formats. */
    enum Format { MARKDOWN, CSV, JSON }




    @Option(names = "--name", defaultValue = "reconciliation", paramLabel = "REPORT",
            description = "The report, e.g. reconciliation, preflight, warnings, at-risk-links (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--format", defaultValue = "MARKDOWN", description = "markdown, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to this file instead of printing it.")
    Path output;

    @Override
    public Integer call() {
        String report = connection.client().report(runId, name, format.name().toLowerCase(Locale.ROOT));
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
