package io.github.ateraintercom.common.event;

import java.util.List;
import java.util.Map;

/**
 * The end of a run's extraction: the files it read, the out-of-scope RMM files it only counted
 * (file → rows), or the fatal reason it stopped. After a failure nothing more of the run is extracted.
 */
public record ExtractionFinished(List<String> files, Map<String, Long> excluded, String failure) implements MigrationEvent {

    public ExtractionFinished {
        files = List.copyOf(files);
        excluded = excluded == null ? Map.of() : Map.copyOf(excluded);
    }

    public boolean failed() {
        return failure != null;
    }
}
