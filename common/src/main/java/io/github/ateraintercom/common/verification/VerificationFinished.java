package io.github.ateraintercom.common.verification;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every record of the order has been read back: nothing more is to come of it. With a
 * {@code failure}, the order could not be carried out at all (e.g. the loaders lack the run's token).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationFinished(String runId, int order, String failure) implements VerificationMessage {
}
