package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;

/**
 * A run's reports by name ({@link RunReportCatalog}), each as {@code format=markdown} (default),
 * {@code csv} or {@code json}; a report that is not a table, like the pre-flight checklist, is Markdown only.
 */
@Path("/api/runs/{id}/reports")
public class ReportResource {

    private final RunReportCatalog reports;

    ReportResource(RunReportCatalog reports) {
        this.reports = reports;
    }

    /** The names of the run's reports; a report that is not a table answers csv and json with 400. */
    @GET
    @Transactional
    public List<String> list(@PathParam("id") String id) {
        if (Run.findById(id) == null) {
            throw new NotFoundException("no run " + id);
        }
        return reports.all().stream().map(RunReport::name).toList();
    }

    @GET
    @Path("/{name}")
    @Transactional
    public Response report(@PathParam("id") String id, @PathParam("name") String name,
                           @QueryParam("format") @DefaultValue("markdown") String format) {
        Run run = Run.findById(id);
        if (run == null) {
            throw new NotFoundException("no run " + id);
        }
        RunReport report = reports.named(name)
                .orElseThrow(() -> new NotFoundException("no report '" + name + "': " + reports.names()));
        return switch (format) {
            case "markdown" -> Response.ok(report.markdown(run), "text/markdown").build();
            case "csv" -> Response.ok(tableOnly(report, report.csv(run)), "text/csv").build();
            case "json" -> Response.ok(tableOnly(report, report.json(run)), "application/json").build();
            default -> throw new BadRequestException("format '" + format + "' is not markdown, csv or json");
        };
    }

    private static <T> T tableOnly(RunReport report, Optional<T> content) {
        return content.orElseThrow(() -> new BadRequestException("the " + report.name() + " report is Markdown only"));
    }
}
