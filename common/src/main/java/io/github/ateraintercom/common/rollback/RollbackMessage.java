package io.github.ateraintercom.common.rollback;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the loaders tell of a run's rollback on {@code migration.rollback}, keyed by run: how many
 * ledger entries it accounts for, what became of each, and that an order was carried out to its end.
 * {@code order} is the rollback order the message answers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RollbackPlanned.class, name = "rollback-planned"),
        @JsonSubTypes.Type(value = EntryRolledBack.class, name = "entry-rolled-back"),
        @JsonSubTypes.Type(value = RollbackFinished.class, name = "rollback-finished")
})
public sealed interface RollbackMessage permits RollbackPlanned, EntryRolledBack, RollbackFinished {

    String runId();

    int order();
}
