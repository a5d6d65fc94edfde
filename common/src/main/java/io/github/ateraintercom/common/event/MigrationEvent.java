package io.github.ateraintercom.common.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Progress facts published on {@code migration.events}, from which the orchestrator proves completeness. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FileExtracted.class, name = "file-extracted"),
        @JsonSubTypes.Type(value = ExtractionFinished.class, name = "extraction-finished"),
        @JsonSubTypes.Type(value = RecordTransformed.class, name = "record-transformed"),
        @JsonSubTypes.Type(value = RecordsTransformed.class, name = "records-transformed"),
        @JsonSubTypes.Type(value = SourceDiscovered.class, name = "source-discovered"),
        @JsonSubTypes.Type(value = RecordHeld.class, name = "record-held"),
        @JsonSubTypes.Type(value = RateLimitUsed.class, name = "rate-limit-used"),
        @JsonSubTypes.Type(value = SampleChosen.class, name = "sample-chosen")
})
public sealed interface MigrationEvent permits FileExtracted, ExtractionFinished, RecordTransformed, RecordsTransformed, SourceDiscovered,
        RecordHeld, RateLimitUsed, SampleChosen {
}
