package io.github.ateraintercom.common.verification;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the loaders tell of a run's verification on {@code migration.verification}, keyed by run: how
 * many records it reads back, what each one holds against what it should, and that an order was
 * carried out to its end. {@code order} is the verification order the message answers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = VerificationPlanned.class, name = "verification-planned"),
        @JsonSubTypes.Type(value = RecordVerified.class, name = "record-verified"),
        @JsonSubTypes.Type(value = VerificationFinished.class, name = "verification-finished")
})
public sealed interface VerificationMessage permits VerificationPlanned, RecordVerified, VerificationFinished {

    String runId();

    int order();
}
