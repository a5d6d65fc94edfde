package io.github.ateraintercom.common.rollback;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every entry of the run has had its outcome under this order: nothing more is to come of it. With a
 * {@code failure}, the order could not be carried out at all (e.g. the loaders lack the run's token).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RollbackFinished(String runId, int order, String failure) implements RollbackMessage {
}
