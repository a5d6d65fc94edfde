package io.github.ateraintercom.cli;

import io.github.ateraintercom.cli.api.ApiRefused;
import io.github.ateraintercom.cli.api.OrchestratorUnreachable;
import io.github.ateraintercom.cli.discovery.DiscoverCommand;
import io.github.ateraintercom.cli.mapping.MappingCommand;
import io.github.ateraintercom.cli.report.ReportCommand;
import io.github.ateraintercom.cli.run.CancelCommand;
import io.github.ateraintercom.cli.run.DeltaCommand;
import io.github.ateraintercom.cli.run.RollbackCommand;
import io.github.ateraintercom.cli.run.RunCommand;
import io.github.ateraintercom.cli.run.SampleCommand;
import io.github.ateraintercom.cli.run.StatusCommand;
import io.github.ateraintercom.cli.run.VerifyCommand;
import io.github.ateraintercom.cli.teammates.TeammatesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The operator's command line. Exit codes: 0 done (a followed run completed and balanced), 1 the run
 * did not complete or balance (or a followed rollback or verification did not end as ordered: a
 * verification that found differences), 2 wrong usage, 3 the orchestrator refused (its reason is printed),
 * 4 the orchestrator did not answer.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, version = "migrate 0.1.0",
        description = "Migrates an Atera helpdesk into Intercom through the orchestrator's API.",
        subcommands = {DiscoverCommand.class, MappingCommand.class, RunCommand.class, SampleCommand.class, TeammatesCommand.class, StatusCommand.class,
                ReportCommand.class, CancelCommand.class, RollbackCommand.class, VerifyCommand.class, DeltaCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done; a followed run completed and balanced",
                "1:the run did not complete or does not balance; a followed rollback or verification did not end as ordered "
                        + "(a verification: COMPLETED_WITH_DIFFERENCES)",
                "2:wrong usage", "3:the orchestrator refused; its reason is printed", "4:the orchestrator did not answer"})
public final class Migrate {

    public static final int RUN_NOT_COMPLETED = 1;
    public static final int REFUSED = 3;
    public static final int UNREACHABLE = 4;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: refusals and silence become their exit codes. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Migrate()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
            if (error instanceof ApiRefused refused) {
                line.getErr().println("refused: " + refused.getMessage());
                return REFUSED;
            }
            if (error instanceof OrchestratorUnreachable unreachable) {
                line.getErr().println(unreachable.getMessage());
                return UNREACHABLE;
            }
            throw error;
        });
        return commandLine;
    }
}
