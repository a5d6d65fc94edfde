package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Whether a run id belongs to this orchestrator, so facts about foreign or garbled runs are not stored. */
@ApplicationScoped
public class KnownRunIds {

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public boolean contains(String runId) {
        if (runId == null) {
            return false;
        }
        if (known.contains(runId)) {
            return true;
        }
        boolean exists = Run.findById(runId) != null;
        if (exists) {
            known.add(runId);
        }
        return exists;
    }
}
