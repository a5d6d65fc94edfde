package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.orchestrator.progress.RunProgress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Turns a run into what the API shows of it: settings (never a secret), state and per-object figures. */
@ApplicationScoped
public class RunViews {

    private final RunProgress progress;

    RunViews(RunProgress progress) {
        this.progress = progress;
    }

    /** Must run inside a transaction. */
    public RunView of(Run run) {
        return new RunView(run.id, run.state, run.sourceKind, run.sourceDirectory, run.ateraBaseUrl, run.ateraKeySecret,
                run.modifiedSince, run.targetBaseUrl, run.tokenSecret, run.accountTimeZone, run.failure, run.createdAt,
                run.updatedAt, progress.objects(run), progress.balanced(run));
    }

    /** The run as it stands now, read in a transaction of its own. */
    public Optional<RunView> current(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(Run.<Run>findById(id)).map(this::of));
    }
}
