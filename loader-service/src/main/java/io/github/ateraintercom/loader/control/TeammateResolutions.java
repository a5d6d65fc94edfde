package io.github.ateraintercom.loader.control;

import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.TeammateResolved;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How operators resolved the technicians of each run's teammate queue, as {@code migration.control}
 * tells them (the latest resolution of a technician wins, as compaction keeps it).
 */
public final class TeammateResolutions {

    private final Map<String, TeammateResolved> resolutions = new ConcurrentHashMap<>();

    void remember(ControlMessage message) {
        if (message instanceof TeammateResolved resolved) {
            resolutions.put(resolved.key(), resolved);
        }
    }

    /** The operator's resolution of the run's technician, if there is one. */
    public Optional<TeammateResolved> of(String runId, String technicianId) {
        return Optional.ofNullable(resolutions.get(new TeammateResolved(runId, technicianId, null).key()));
    }
}
