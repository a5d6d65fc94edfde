package io.github.ateraintercom.loader.ledger;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers of one record (two tickets of one unknown end user) meet the same Intercom object, one
 * by creating it, the other by finding it already there: whichever records first, the entry says the
 * run created it, with what the creator told, so a rollback removes it and the operator reads why.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class RacingWritersOfOneRecordKeepWhatTheCreatorToldIT {

    private static final String CONTACT = "6a1f00000000000000000001";
    private static final String CREATED = "created from ticket 5003's end-user fields";
    private static final String FOUND = "an existing Intercom contact matched ticket 5004's end-user fields";

    @Inject
    Ledger ledger;

    @Test
    void finderRecordingFirstIsOvertakenByTheCreator() {
        String runId = UUID.randomUUID().toString();

        ledger.record(runId, ObjectType.CONTACT, "9999", CONTACT, "hash", LedgerEntry.Origin.ADOPTED, FOUND);
        LedgerEntry entry = ledger.record(runId, ObjectType.CONTACT, "9999", CONTACT, "hash", LedgerEntry.Origin.CREATED, CREATED);

        assertThat(entry.origin).isEqualTo(LedgerEntry.Origin.CREATED);
        assertThat(entry.detail).isEqualTo(CREATED);
    }

    @Test
    void creatorRecordingFirstIsKeptWhenTheFinderRecords() {
        String runId = UUID.randomUUID().toString();

        ledger.record(runId, ObjectType.CONTACT, "9999", CONTACT, "hash", LedgerEntry.Origin.CREATED, CREATED);
        LedgerEntry entry = ledger.record(runId, ObjectType.CONTACT, "9999", CONTACT, "hash", LedgerEntry.Origin.ADOPTED, FOUND);

        assertThat(entry.origin).isEqualTo(LedgerEntry.Origin.CREATED);
        assertThat(entry.detail).isEqualTo(CREATED);
    }
}
