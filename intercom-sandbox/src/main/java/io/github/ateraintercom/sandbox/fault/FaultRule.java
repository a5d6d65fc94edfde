package io.github.ateraintercom.sandbox.fault;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.error.ApiException;

import java.util.Locale;

/**
 * A fault rule as {@code /sandbox/faults} takes and lists it: which requests it hits (an optional
 * method and a path glob) and what it does to them. Probabilities are fractions from 0 to 1; one roll
 * per request picks at most one outcome, so together they may not exceed 1. Latency comes on top.
 *
 * @param id                 assigned by the sandbox when the rule is added
 * @param method             HTTP method to match; absent matches every method
 * @param path               glob on the request path: {@code *} stands for one path segment or part of
 *                           one, {@code **} for anything, slashes included
 * @param latencyMs          fixed delay before the request is handled
 * @param jitterMs           upper bound of a uniformly random delay added to {@code latencyMs}
 * @param serverError        probability of a 500 {@code server_error}
 * @param badGateway         probability of a 502 {@code server_error}
 * @param serviceUnavailable probability of a 503 {@code service_unavailable}
 * @param hang               probability that no response ever comes: the request is held until the
 *                           client gives up, or a reset or shutdown closes its connection
 * @param dropAfterWrite     probability that the request is handled (writes applied) and then the
 *                           connection is closed without a response
 * @param burst              a 429 burst that may start on a matching request
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(
        String id,
        String method,
        String path,
        @JsonProperty("latency_ms") long latencyMs,
        @JsonProperty("jitter_ms") long jitterMs,
        @JsonProperty("server_error") double serverError,
        @JsonProperty("bad_gateway") double badGateway,
        @JsonProperty("service_unavailable") double serviceUnavailable,
        double hang,
        @JsonProperty("drop_after_write") double dropAfterWrite,
        Burst burst) {

    /**
     * A run of 429 {@code rate_limit_exceeded} answers to the rule's requests, the starting one
     * included, lasting either {@code requests} requests or {@code seconds} seconds.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Burst(double probability, Integer requests, Long seconds) {

        void validate() {
            checkProbability("burst.probability", probability);
            if ((requests == null) == (seconds == null)) {
                throw invalid("burst needs either requests or seconds");
            }
            if (requests != null && requests < 1 || seconds != null && seconds < 1) {
                throw invalid("burst requests and seconds must be at least 1");
            }
        }
    }

    /** Refuses rules that could not be applied as written. */
    FaultRule validated(String assignedId) {
        if (path == null || !path.startsWith("/")) {
            throw invalid("path must be a glob starting with /");
        }
        if (latencyMs < 0 || jitterMs < 0) {
            throw invalid("latency_ms and jitter_ms must not be negative");
        }
        double total = checkProbability("server_error", serverError) + checkProbability("bad_gateway", badGateway)
                + checkProbability("service_unavailable", serviceUnavailable) + checkProbability("hang", hang)
                + checkProbability("drop_after_write", dropAfterWrite);
        if (burst != null) {
            burst.validate();
            total += burst.probability();
        }
        if (total > 1) {
            throw invalid("the probabilities add up to more than 1");
        }
        return new FaultRule(assignedId, method == null ? null : method.toUpperCase(Locale.ROOT), path,
                latencyMs, jitterMs, serverError, badGateway, serviceUnavailable, hang, dropAfterWrite, burst);
    }

    double burstProbability() {
        return burst == null ? 0 : burst.probability();
    }

    private static double checkProbability(String name, double value) {
        if (value < 0 || value > 1) {
            throw invalid(name + " must be a probability between 0 and 1");
        }
        return value;
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("parameter_invalid", message);
    }
}
