package io.github.ateraintercom.common.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ateraintercom.common.intercom.TeammateCommand;

/**
 * What the loader did with one record: loaded with its Intercom id, failed with Intercom's reason,
 * or held because a record it refers to is not in Intercom (never guessed, never dropped).
 * {@code detail} tells the operator what else was decided about it, for the contact reconciliation
 * report, e.g. "same email as EndUserID 2001" for a contact merged into another (null: nothing; a
 * message written before the field existed reads as null). {@code technician} is, for a technician no
 * Intercom teammate matched, the technician as the loader tried to match it, so the operator's
 * teammate queue can show who waits there (null for every other record).
 *
 * <p>In a delta run {@code change} says what the record needed against the base runs: created,
 * updated, or skipped as unchanged (null in a run with no base). A dry run writes nothing: its records
 * are PLANNED, with the change they would get.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoadResult(Status status, String intercomId, String reason, String detail, TeammateCommand technician,
                         Change change) {

    public enum Status { LOADED, FAILED, HELD, PLANNED }

    /** What a delta did, or a dry run would do, with a record. */
    public enum Change { CREATE, UPDATE, SKIP }

    @JsonCreator
    public LoadResult {
    }

    public LoadResult(Status status, String intercomId, String reason, String detail, TeammateCommand technician) {
        this(status, intercomId, reason, detail, technician, null);
    }

    public LoadResult(Status status, String intercomId, String reason, String detail) {
        this(status, intercomId, reason, detail, null);
    }

    public LoadResult(Status status, String intercomId, String reason) {
        this(status, intercomId, reason, null);
    }

    public static LoadResult loaded(String intercomId) {
        return new LoadResult(Status.LOADED, intercomId, null);
    }

    public static LoadResult loaded(String intercomId, String detail) {
        return new LoadResult(Status.LOADED, intercomId, null, detail);
    }

    public static LoadResult failed(String reason) {
        return new LoadResult(Status.FAILED, null, reason);
    }

    public static LoadResult held(String reason) {
        return new LoadResult(Status.HELD, null, reason);
    }

    public static LoadResult held(String reason, String detail) {
        return new LoadResult(Status.HELD, null, reason, detail);
    }

    /** A record a dry run would give this change, with the Intercom id it has from a base run (null: none yet). */
    public static LoadResult planned(Change change, String intercomId, String detail) {
        return new LoadResult(Status.PLANNED, intercomId, null, detail, null, change);
    }

    /** This result, told as the change a delta made. */
    public LoadResult as(Change made) {
        return new LoadResult(status, intercomId, reason, detail, technician, made);
    }

    /** A technician no teammate matched (held) or could be matched with (failed): it waits in the run's teammate queue. */
    public static LoadResult unmatched(Status status, String reason, TeammateCommand technician) {
        return new LoadResult(status, null, reason, null, technician);
    }
}
