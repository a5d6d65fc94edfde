package io.github.ateraintercom.common.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ateraintercom.common.atera.ObjectType;

import java.util.List;

/**
 * One record read back from Intercom: the Atera record ({@code objectType}, {@code sourceId}), the
 * Intercom object it became ({@code kind}: company, contact, conversation or article;
 * {@code intercomId}), the outcome, every field that differs from what the run wrote, and why a
 * record could not be compared.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordVerified(String runId, int order, ObjectType objectType, String sourceId, String kind, String intercomId,
                             Outcome outcome, List<Difference> differences, String reason) implements VerificationMessage {

    public RecordVerified {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /**
     * VERIFIED: every field as written; MISMATCHED: some differ ({@code differences}); MISSING: gone
     * from Intercom; NOT_VERIFIABLE: written before the loaders kept what each record should be, or
     * Intercom's answer could not be read ({@code reason}).
     */
    public enum Outcome { VERIFIED, MISMATCHED, MISSING, NOT_VERIFIABLE }

    /**
     * One field whose value in Intercom is not the written one, both normalised the same way; a null
     * {@code actual} means Intercom lacks it (e.g. a part removed), a null {@code expected} that
     * Intercom holds what the run never wrote (e.g. a part added).
     */
    public record Difference(String field, String expected, String actual) {
    }
}
