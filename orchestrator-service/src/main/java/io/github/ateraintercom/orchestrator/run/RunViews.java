package io.github.ateraintercom.orchestrator.run;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.orchestrator.phase.RunPhase;
import io.github.ateraintercom.orchestrator.progress.RunProgress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
                run.modifiedSince, run.targetBaseUrl, run.tokenSecret, run.accountTimeZone, run.fallbackTeammate, run.paused, run.failure, run.createdAt,
                run.updatedAt, progress.objects(run), excludedRows(run), phasesOpened(run), progress.balanced(run));
    }

    private static Map<String, Long> excludedRows(Run run) {
        return run.excludedRows == null ? Map.of() : Json.read(run.excludedRows, new TypeReference<>() { });
    }

    private static Map<String, OffsetDateTime> phasesOpened(Run run) {
        Map<String, OffsetDateTime> opened = new TreeMap<>();
        RunPhase.ofRun(run.id).forEach(phase -> opened.put(phase.phase.name().toLowerCase(Locale.ROOT), phase.openedAt));
        return opened;
    }

    /** The run as it stands now, read in a transaction of its own. */
    public Optional<RunView> current(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(Run.<Run>findById(id)).map(this::of));
    }
}
