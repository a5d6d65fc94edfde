package io.github.ateraintercom.cli.teammates;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Resolves one technician: a teammate takes its tickets, or the run's fallback teammate does. */
@Command(name = "resolve", description = "Gives one technician's tickets to a teammate (--admin) or to the fallback (--fallback).")
public final class TeammatesResolve extends RunOrder {

    @Parameters(index = "1", paramLabel = "TECHNICIAN", description = "The technician's Atera id.")
    String technicianId;

    @ArgGroup(multiplicity = "1")
    Target target;

    /** Exactly one of the two. */
    static final class Target {

        @Option(names = "--admin", paramLabel = "ID", description = "The Intercom teammate (admin id) who takes the tickets.")
        String adminId;

        @Option(names = "--fallback", description = "The run's fallback teammate takes the tickets.")
        boolean fallback;
    }

    @Override
    public Integer call() {
        JsonNode resolved = connection.client().resolveTeammate(runId, technicianId, target.fallback ? null : target.adminId);
        if (connection.json()) {
            Output.json(spec, resolved);
        } else {
            Output.of(spec).println(TechnicianLine.of(resolved));
        }
        return 0;
    }
}
