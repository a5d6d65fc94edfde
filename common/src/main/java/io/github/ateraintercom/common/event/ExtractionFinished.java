package io.github.ateraintercom.common.event;

import java.util.List;

/**
 * The end of a run's extraction: the files it read, or the fatal reason it stopped. After a failure
 * nothing more of the run is extracted.
 */
public record ExtractionFinished(List<String> files, String failure) implements MigrationEvent {

    public boolean failed() {
        return failure != null;
    }
}
