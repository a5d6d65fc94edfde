package io.github.ateraintercom.orchestrator.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every report a run has, by name: what the API serves and the run directory holds. */
@ApplicationScoped
public class RunReportCatalog {

    private final List<RunReport> reports;

    RunReportCatalog(Instance<RunReport> reports) {
        this.reports = reports.stream().sorted(Comparator.comparing(RunReport::name)).toList();
    }

    public List<RunReport> all() {
        return reports;
    }

    public Optional<RunReport> named(String name) {
        return reports.stream().filter(report -> report.name().equals(name)).findFirst();
    }

    public String names() {
        return reports.stream().map(RunReport::name).collect(Collectors.joining(", "));
    }
}
