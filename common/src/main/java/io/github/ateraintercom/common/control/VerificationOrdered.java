package io.github.ateraintercom.common.control;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An operator ordered the run's verification: the loaders read every record the run wrote back from
 * Intercom (or a sample of {@code sample} records spread evenly over them; null: all) and compare it
 * with what they wrote. {@code order} counts the run's verification orders (1, 2, …), so a loader
 * re-reading the topic after a restart resumes the latest and repeats no finished one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationOrdered(String runId, int order, Long sample) implements ControlMessage {

    /** Only the latest order must survive compaction: it replaces everything before it. */
    @Override
    public String key() {
        return runId + "/verify";
    }
}
