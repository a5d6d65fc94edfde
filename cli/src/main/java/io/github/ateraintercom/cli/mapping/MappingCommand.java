package io.github.ateraintercom.cli.mapping;

import picocli.CommandLine.Command;

/** The run's mapping: show it, store an edited version, confirm the latest. */
@Command(name = "mapping", description = "Shows, edits or confirms a run's mapping.",
        subcommands = {MappingShow.class, MappingEdit.class, MappingConfirm.class})
public final class MappingCommand {
}
