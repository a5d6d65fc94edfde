package io.github.ateraintercom.extractor.source;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.FileExtracted;

import java.util.Map;
import java.util.Optional;

/** Where one run's records come from: an export directory or Atera's API. */
public interface RunSource {

    /** Names the source as a whole in the run's closing event: the directory or the API base URL. */
    String location();

    /**
     * Sends every record of one object to the sink, each published or rejected, and returns the
     * figures that close it; empty when the source has no such object and the object is optional.
     * Throws {@link FatalSourceError} when the object cannot be read whole, or a required one is missing.
     */
    Optional<FileExtracted> extract(ObjectType type, ExtractionSink sink);

    /** The out-of-scope RMM objects the source holds, each with its row count: reported, never published. */
    Map<String, Long> countExcluded();
}
