package io.github.ateraintercom.cli.teammates;

import picocli.CommandLine.Command;

/** The technicians no Intercom teammate matched: the conversations phase waits until each is resolved. */
@Command(name = "teammates", description = "Shows and resolves the technicians no Intercom teammate matched.",
        subcommands = {TeammatesShow.class, TeammatesResolve.class, TeammatesToFallback.class})
public final class TeammatesCommand {
}
