package io.github.ateraintercom.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** A command about one run, named by its id first: where to reach the orchestrator, and where to write. */
public abstract class RunOrder implements Callable<Integer> {

    @Mixin
    protected Connection connection;

    @Spec
    protected CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run's id.")
    protected String runId;
}
