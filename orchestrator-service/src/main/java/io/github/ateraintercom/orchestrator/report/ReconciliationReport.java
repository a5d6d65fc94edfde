package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
import io.github.ateraintercom.orchestrator.progress.UnsuccessfulRecord;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunViews;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Per object, source rows against their outcomes, then every row that did not load, with its reason,
 * and every row still in flight after its transformation, named, so a row that goes missing on its
 * way to Intercom is seen by name, not only as a count.
 */
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
        return RunReports.markdown(views.of(run), rows(run));
    }

    @Override
    public Optional<String> csv(Run run) {
        return Optional.of(RunReports.csv(rows(run)));
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(rows(run));
    }

    private List<UnsuccessfulRecord> rows(Run run) {
        return Stream.concat(outcomes.unsuccessful(run.id).stream(), outcomes.inFlight(run.id).stream()).toList();
    }
}
