package io.github.ateraintercom.orchestrator.phase;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.github.ateraintercom.orchestrator.progress.RunProgress;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.teammates.TeammateQueue;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Opens each phase of a running run as soon as every record of the objects it depends on is
 * accounted for (conversations also wait for the run's teammate queue to be resolved), and tells the
 * loaders on {@code migration.control}. The order is published before it is recorded: after a crash
 * in between it is published again, which loaders take as a no-op. A
 * phase is done once every record it writes is accounted for too.
 */
@ApplicationScoped
public class PhaseGates {

    private static final Logger LOG = Logger.getLogger(PhaseGates.class);

    private final RunProgress progress;
    private final ControlPublisher control;
    private final TeammateQueue teammates;

    PhaseGates(RunProgress progress, ControlPublisher control, TeammateQueue teammates) {
        this.progress = progress;
        this.control = control;
        this.teammates = teammates;
    }

    @Scheduled(every = "${orchestrator.completion-check-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void check() {
        for (Run run : Run.inProgress()) {
            Map<Phase, RunPhase> opened = new EnumMap<>(Phase.class);
            RunPhase.ofRun(run.id).forEach(phase -> opened.put(phase.phase, phase));
            if (opened.size() == Phase.values().length && opened.values().stream().allMatch(phase -> phase.doneAt != null)) {
                continue;
            }
            Set<ObjectType> settled = progress.settledObjects(run);
            for (Phase phase : Phase.values()) {
                RunPhase open = opened.get(phase);
                if (open == null && settled.containsAll(phase.needs()) && teammates.readyFor(run, phase)) {
                    open = open(run, phase);
                }
                if (open != null && open.doneAt == null && settled.containsAll(phase.writes())) {
                    open.doneAt = OffsetDateTime.now();
                    LOG.infof("run %s: phase %s done", run.id, phase);
                }
            }
        }
    }

    private RunPhase open(Run run, Phase phase) {
        control.publish(new PhaseOpened(run.id, phase));
        RunPhase opened = new RunPhase();
        opened.runId = run.id;
        opened.phase = phase;
        opened.openedAt = OffsetDateTime.now();
        opened.persist();
        LOG.infof("run %s: phase %s opened", run.id, phase);
        return opened;
    }
}
