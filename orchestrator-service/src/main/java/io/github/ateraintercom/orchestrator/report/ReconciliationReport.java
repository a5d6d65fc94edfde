package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunViews;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Per object, source rows against their outcomes, then every row that did not load, with its reason. */
@ApplicationScoped
public class ReconciliationReport implements RunReport {

    private final RunViews views;
    private final OutcomeStore outcomes;

    ReconciliationReport(RunViews views, OutcomeStore outcomes) {
        this.views = views;
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return "reconciliation";
    }

    @Override
    public String markdown(Run run) {
        return RunReports.markdown(views.of(run), outcomes.unsuccessful(run.id));
    }

    @Override
    public Optional<String> csv(Run run) {
        return Optional.of(RunReports.csv(outcomes.unsuccessful(run.id)));
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(outcomes.unsuccessful(run.id));
    }
}
