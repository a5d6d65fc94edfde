package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.mapping.AttributeManifest;
import io.github.ateraintercom.orchestrator.mapping.MappingVersions;
import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
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

import java.util.Optional;

/**
 * A run's reports beyond its reconciliation: {@code preflight} (what an admin checks in the workspace
 * before the run writes, Markdown) and the notes about rows, {@code at-risk-links} (files hosted by
 * Atera that stop working once the account closes) and {@code warnings} (what migrated but deserves
 * a look), each as {@code format=markdown} (default), {@code csv} or {@code json}.
 */
@Path("/api/runs/{id}/reports")
public class ReportResource {

    private static final String PREFLIGHT = "preflight";

    private final RecordNotes notes;
    private final OutcomeStore outcomes;
    private final MappingVersions mappings;

    ReportResource(RecordNotes notes, OutcomeStore outcomes, MappingVersions mappings) {
        this.notes = notes;
        this.outcomes = outcomes;
        this.mappings = mappings;
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
        if (name.equals(PREFLIGHT)) {
            if (!format.equals("markdown")) {
                throw new BadRequestException("the pre-flight checklist is Markdown only");
            }
            return Response.ok(PreflightChecklist.markdown(run, outcomes.counts(id), manifest(id)), "text/markdown").build();
        }
        NoteReports report = NoteReports.named(name).orElseThrow(() -> new NotFoundException("no report '" + name + "': "
                + PREFLIGHT + ", " + NoteReports.names()));
        return switch (format) {
            case "markdown" -> Response.ok(report.markdown(id, notes), "text/markdown").build();
            case "csv" -> Response.ok(report.csv(id, notes), "text/csv").build();
            case "json" -> Response.ok(notes.of(id, report.kind()), "application/json").build();
            default -> throw new BadRequestException("format '" + format + "' is not markdown, csv or json");
        };
    }

    /** The run's custom-attribute manifest; none for a run that follows the default map without a proposal. */
    private Optional<AttributeManifest> manifest(String id) {
        try {
            return Optional.of(mappings.manifest(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
