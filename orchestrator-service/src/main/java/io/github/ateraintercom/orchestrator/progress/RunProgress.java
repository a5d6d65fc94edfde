package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.github.ateraintercom.orchestrator.run.RunView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reconciles a run: per object, source rows = loaded + rejected + failed + held + in flight (a dry run's
 * rows are planned instead of loaded), and per file,
 * every row the extractor read has reached a final outcome.
 */
@ApplicationScoped
public class RunProgress {

    private final OutcomeStore outcomes;

    RunProgress(OutcomeStore outcomes) {
        this.outcomes = outcomes;
    }

    public Map<String, RunView.ObjectProgress> objects(Run run) {
        Map<String, long[]> files = new TreeMap<>();
        for (RunFile file : RunFile.ofRun(run.id)) {
            long[] sums = files.computeIfAbsent(file.objectType, type -> new long[2]);
            sums[0] += file.rowsRead;
            sums[1] += file.rowsPublished;
        }
        Map<String, OutcomeStore.ObjectCounts> counts = new TreeMap<>();
        outcomes.counts(run.id).forEach(count -> counts.put(count.objectType(), count));
        Map<String, RunView.ObjectProgress> objects = new TreeMap<>();
        files.keySet().forEach(type -> objects.put(type, progress(files.get(type), counts.get(type))));
        counts.keySet().stream().filter(type -> !files.containsKey(type))
                .forEach(type -> objects.put(type, progress(new long[2], counts.get(type))));
        return objects;
    }

    /** True once the extraction has ended and every row of every file it read has a final outcome. */
    public boolean balanced(Run run) {
        List<RunFile> files = RunFile.ofRun(run.id);
        Map<String, Long> settled = outcomes.settledByFile(run.id);
        return !files.isEmpty() && files.stream().allMatch(file -> settled.getOrDefault(file.file, 0L) == file.rowsRead);
    }

    /**
     * The objects every row of whose files has a final outcome, counted once for all of them. An
     * object the source did not have (an optional file) is settled once the extraction has ended without
     * it; a run that declared no schema (started without a discovery) has none to wait for.
     */
    public Set<ObjectType> settledObjects(Run run) {
        Map<String, Long> settled = outcomes.settledByFile(run.id);
        Map<String, List<RunFile>> filesByObject = RunFile.ofRun(run.id).stream()
                .collect(Collectors.groupingBy(file -> file.objectType));
        Set<ObjectType> objects = EnumSet.noneOf(ObjectType.class);
        for (ObjectType type : ObjectType.values()) {
            List<RunFile> files = filesByObject.getOrDefault(type.wireName(), List.of());
            boolean done = files.isEmpty() ? type == ObjectType.SCHEMA || run.state == RunState.LOADING
                    : files.stream().allMatch(file -> settled.getOrDefault(file.file, 0L) == file.rowsRead);
            if (done) {
                objects.add(type);
            }
        }
        return objects;
    }

    private static RunView.ObjectProgress progress(long[] fileSums, OutcomeStore.ObjectCounts counts) {
        long transformed = counts == null ? 0 : counts.transformed();
        long loaded = counts == null ? 0 : counts.loaded();
        long rejected = counts == null ? 0 : counts.rejected();
        long failed = counts == null ? 0 : counts.failed();
        long held = counts == null ? 0 : counts.held();
        long planned = counts == null ? 0 : counts.planned();
        long inFlight = Math.max(0, fileSums[0] - loaded - planned - rejected - failed - held);
        return new RunView.ObjectProgress(fileSums[0], fileSums[1], transformed, loaded, rejected, failed, held, inFlight, planned);
    }
}
