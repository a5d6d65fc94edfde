package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.orchestrator.phase.RunPhase;
import io.github.ateraintercom.orchestrator.report.RunDirectory;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/** Completes each loading run as soon as every extracted row is accounted for and every phase is done. */
@ApplicationScoped
public class CompletionCheck {

    private static final Logger LOG = Logger.getLogger(CompletionCheck.class);

    private final RunProgress progress;
    private final RunDirectory runDirectory;

    CompletionCheck(RunProgress progress, RunDirectory runDirectory) {
        this.progress = progress;
        this.runDirectory = runDirectory;
    }

    private static boolean everyPhaseDone(Run run) {
        List<RunPhase> phases = RunPhase.ofRun(run.id);
        return phases.size() == Phase.values().length && phases.stream().allMatch(phase -> phase.doneAt != null);
    }

    @Scheduled(every = "${orchestrator.completion-check-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void check() {
        for (Run run : Run.inProgress()) {
            // a balanced run's phases all open and are done at the gates' next look; until then one may still have work to give
            if (run.state == RunState.LOADING && progress.balanced(run) && everyPhaseDone(run)) {
                run.moveTo(RunState.COMPLETED);
                runDirectory.write(run);
                LOG.infof("run %s completed: every extracted row is loaded, rejected or failed", run.id);
            }
        }
    }
}
