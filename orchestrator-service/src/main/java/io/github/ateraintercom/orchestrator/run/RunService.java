package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Creates runs and starts their extraction. */
@ApplicationScoped
public class RunService {

    private final ControlPublisher control;
    private final RunRequestValidator validator;

    RunService(ControlPublisher control, RunRequestValidator validator) {
        this.control = control;
        this.validator = validator;
    }

    /** Persists the run, then orders its extraction; the run is EXTRACTING once the order is durable. */
    public Run start(NewRun request) {
        Run run = QuarkusTransaction.requiringNew().call(() -> persist(validator.validated(request)));
        try {
            control.publish(new RunStarted(run.id, run.sourceDirectory, run.accountTimeZone, run.targetBaseUrl, run.tokenSecret,
                    SourceKind.fromWireName(run.sourceKind), run.ateraBaseUrl, run.ateraKeySecret, run.modifiedSince));
        } catch (IllegalStateException e) {
            QuarkusTransaction.requiringNew().run(() -> Run.<Run>findById(run.id).fail(e.getMessage()));
            throw e;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Run started = Run.findById(run.id);
            started.moveTo(RunState.EXTRACTING);
            return started;
        });
    }

    private static Run persist(NewRun request) {
        Run run = new Run();
        run.id = UUID.randomUUID().toString();
        run.sourceKind = request.sourceKind();
        run.sourceDirectory = request.sourceDirectory();
        run.ateraBaseUrl = request.ateraBaseUrl();
        run.ateraKeySecret = request.ateraKeySecret();
        run.modifiedSince = request.modifiedSince();
        run.targetBaseUrl = request.targetBaseUrl();
        run.tokenSecret = request.tokenSecret();
        run.accountTimeZone = request.accountTimeZone();
        run.createdAt = OffsetDateTime.now();
        run.moveTo(RunState.CREATED);
        run.persist();
        return run;
    }
}
