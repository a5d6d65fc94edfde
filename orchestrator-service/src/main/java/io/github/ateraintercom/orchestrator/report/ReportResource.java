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

/**
 * A run's notes for people and tools: {@code at-risk-links} (files hosted by Atera that stop working
 * once the account closes) and {@code warnings} (what migrated but deserves a look), each as
 * {@code format=markdown} (default), {@code csv} or {@code json}.
 */
@Path("/api/runs/{id}/reports")
public class ReportResource {

    private final RecordNotes notes;

    ReportResource(RecordNotes notes) {
        this.notes = notes;
    }

    @GET
    @Path("/{name}")
    @Transactional
    public Response report(@PathParam("id") String id, @PathParam("name") String name,
                           @QueryParam("format") @DefaultValue("markdown") String format) {
        if (Run.findById(id) == null) {
            throw new NotFoundException("no run " + id);
        }
        NoteReports report = NoteReports.named(name)
                .orElseThrow(() -> new NotFoundException("no report '" + name + "': " + NoteReports.names()));
        return switch (format) {
            case "markdown" -> Response.ok(report.markdown(id, notes), "text/markdown").build();
            case "csv" -> Response.ok(report.csv(id, notes), "text/csv").build();
            case "json" -> Response.ok(notes.of(id, report.kind()), "application/json").build();
            default -> throw new BadRequestException("format '" + format + "' is not markdown, csv or json");
        };
    }
}
