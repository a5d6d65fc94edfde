package io.github.ateraintercom.loader.verify;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps, on a record's ledger entry, what the object it wrote should hold in Intercom: what a verification compares. */
@ApplicationScoped
public class Expectations {

    /** Replaces the record's expectation with what was just written. */
    public void record(String runId, ObjectType type, String sourceId, Expectation expected) {
        String json = expected.json();
        QuarkusTransaction.requiringNew().run(() -> LedgerEntry.update("expected = ?1 where runId = ?2 and objectType = ?3 and sourceId = ?4",
                json, runId, type.wireName(), sourceId));
    }
}
