package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.orchestrator.config.OrchestratorConfig;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Creates runs and starts their extraction. */
@ApplicationScoped
public class RunService {

    private final ControlPublisher control;
    private final OrchestratorConfig config;

    RunService(ControlPublisher control, OrchestratorConfig config) {
        this.control = control;
        this.config = config;
    }

    /** Persists the run, then orders its extraction; the run is EXTRACTING once the order is durable. */
    public Run start(NewRun request) {
        Run run = QuarkusTransaction.requiringNew().call(() -> persist(validated(request)));
        try {
            control.publish(new RunStarted(run.id, run.sourceDirectory, run.accountTimeZone, run.targetBaseUrl, run.tokenSecret));
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

    private NewRun validated(NewRun request) {
        if (request == null) {
            throw new InvalidRunRequest("the request body is missing");
        }
        if (blank(request.sourceDirectory())) {
            throw new InvalidRunRequest("sourceDirectory is required: the Atera export directory to migrate");
        }
        if (blank(request.targetBaseUrl())) {
            throw new InvalidRunRequest("targetBaseUrl is required: the Intercom API base URL");
        }
        try {
            URI url = URI.create(request.targetBaseUrl());
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new InvalidRunRequest("targetBaseUrl '" + request.targetBaseUrl() + "' is not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRunRequest("targetBaseUrl '" + request.targetBaseUrl() + "' is not a URL");
        }
        String zone = blank(request.accountTimeZone()) ? config.defaultAccountTimeZone() : request.accountTimeZone();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidRunRequest("accountTimeZone '" + zone + "' is not a time zone id such as Europe/Paris");
        }
        String secret = blank(request.tokenSecret()) ? config.defaultTokenSecret() : request.tokenSecret();
        return new NewRun(request.sourceDirectory(), request.targetBaseUrl(), secret, zone);
    }

    private static Run persist(NewRun request) {
        Run run = new Run();
        run.id = UUID.randomUUID().toString();
        run.sourceDirectory = request.sourceDirectory();
        run.targetBaseUrl = request.targetBaseUrl();
        run.tokenSecret = request.tokenSecret();
        run.accountTimeZone = request.accountTimeZone();
        run.createdAt = OffsetDateTime.now();
        run.moveTo(RunState.CREATED);
        run.persist();
        return run;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
