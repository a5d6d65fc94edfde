package io.github.ateraintercom.common.rollback;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ateraintercom.common.atera.ObjectType;

/**
 * What the rollback did with one ledger entry: the Atera record ({@code objectType}, {@code sourceId})
 * and the Intercom object it made or adopted ({@code kind}, e.g. conversation, company, attribute;
 * {@code intercomId}), with the outcome and, unless it was simply removed, why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryRolledBack(String runId, int order, ObjectType objectType, String sourceId, String kind,
                              String intercomId, Outcome outcome, String reason) implements RollbackMessage {

    /**
     * REMOVED: deleted from Intercom; ARCHIVED: Intercom only archives it (a company's delete is an
     * asynchronous archive, an attribute can only be archived); LEFT: not the run's own (adopted, or
     * merged into another contact), so left alone; FAILED: Intercom refused, with its reason.
     */
    public enum Outcome { REMOVED, ARCHIVED, LEFT, FAILED }
}
