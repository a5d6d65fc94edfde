package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Completes each loading run as soon as every extracted row is accounted for. */
@ApplicationScoped
public class CompletionCheck {

    private static final Logger LOG = Logger.getLogger(CompletionCheck.class);

    private final RunProgress progress;

    CompletionCheck(RunProgress progress) {
        this.progress = progress;
    }

    @Scheduled(every = "${orchestrator.completion-check-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void check() {
        for (Run run : Run.inProgress()) {
            if (run.state == RunState.LOADING && progress.balanced(run)) {
                run.moveTo(RunState.COMPLETED);
                LOG.infof("run %s completed: every extracted row is loaded, rejected or failed", run.id);
            }
        }
    }
}
