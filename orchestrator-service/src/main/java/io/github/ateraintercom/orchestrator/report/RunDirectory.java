package io.github.ateraintercom.orchestrator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ateraintercom.orchestrator.config.OrchestratorConfig;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunView;
import io.github.ateraintercom.orchestrator.run.RunViews;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a run's reports into its own directory ({@code orchestrator.run-directory}/{@code <run id>})
 * when it ends, for people and tools that read files: the run as JSON, and every report of the
 * {@link RunReportCatalog} as Markdown, and as CSV and JSON when it is a table. Each file is written
 * whole or not at all.
 */
@ApplicationScoped
public class RunDirectory {

    private static final Logger LOG = Logger.getLogger(RunDirectory.class);

    private final Optional<Path> root;
    private final RunViews views;
    private final RunReportCatalog reports;
    private final ObjectMapper mapper;

    RunDirectory(OrchestratorConfig config, RunViews views, RunReportCatalog reports, ObjectMapper mapper) {
        this.mapper = mapper;
        this.root = config.runDirectory().map(Path::of);
        this.views = views;
        this.reports = reports;
    }

    /** Writes the run's reports, when a run directory is configured; must run inside a transaction. */
    public void write(Run run) {
        if (root.isEmpty()) {
            return;
        }
        Path directory = root.get().resolve(run.id);
        RunView view = views.of(run);
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (RunReport report : reports.all()) {
                files.put(report.name() + ".md", report.markdown(run));
                report.csv(run).ifPresent(csv -> files.put(report.name() + ".csv", csv));
                Optional<Object> json = report.json(run);
                if (json.isPresent()) {
                    files.put(report.name() + ".json", mapper.writeValueAsString(json.get()));
                }
            }
            // as the API shows it
            files.put("run.json", mapper.writeValueAsString(view));
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path partial = directory.resolve(file.getKey() + ".partial");
                Files.writeString(partial, file.getValue());
                Files.move(partial, directory.resolve(file.getKey()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.infof("run %s: reports written to %s", run.id, directory);
        } catch (IOException e) {
            // the reports stay available from the API; a full disk must not keep a run from ending
            LOG.errorf(e, "run %s: reports cannot be written to %s", run.id, directory);
        }
    }
}
