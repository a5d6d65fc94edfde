package io.github.ateraintercom.common.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the loader did with one record: loaded with its Intercom id, or failed with Intercom's reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoadResult(Status status, String intercomId, String reason) {

    public enum Status { LOADED, FAILED }

    public static LoadResult loaded(String intercomId) {
        return new LoadResult(Status.LOADED, intercomId, null);
    }

    public static LoadResult failed(String reason) {
        return new LoadResult(Status.FAILED, null, reason);
    }
}
