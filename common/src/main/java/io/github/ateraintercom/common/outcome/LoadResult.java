package io.github.ateraintercom.common.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the loader did with one record: loaded with its Intercom id, failed with Intercom's reason,
 * or held because a record it refers to is not in Intercom (never guessed, never dropped).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoadResult(Status status, String intercomId, String reason) {

    public enum Status { LOADED, FAILED, HELD }

    public static LoadResult loaded(String intercomId) {
        return new LoadResult(Status.LOADED, intercomId, null);
    }

    public static LoadResult failed(String reason) {
        return new LoadResult(Status.FAILED, null, reason);
    }

    public static LoadResult held(String reason) {
        return new LoadResult(Status.HELD, null, reason);
    }
}
