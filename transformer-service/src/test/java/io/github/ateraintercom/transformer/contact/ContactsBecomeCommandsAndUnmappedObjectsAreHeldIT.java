package io.github.ateraintercom.transformer.contact;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.RecordHeld;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.RawRows;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real broker: contacts become commands, and every object without a mapping yet is held, never left unaccounted. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class ContactsBecomeCommandsAndUnmappedObjectsAreHeldIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void contactWithoutEmailWaitsInTheResolutionQueueWhenTheRunChoseIt() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/nowhere", "UTC", "http://localhost:1", "INTERCOM_TOKEN", SourceKind.EXPORT_DIRECTORY,
                null, null, null, null, new MappingChoices(Map.of(), MappingChoices.QUEUE)));

        TopicWriter.envelope(Topics.ATERA_CONTACTS, RawRows.row(runId, ObjectType.CONTACT, "601", 2, "EndUserID", "601", "Lastname", "Kim"));
        TopicWriter.envelope(Topics.ATERA_CONTACTS, RawRows.row(runId, ObjectType.CONTACT, "602", 3, "EndUserID", "602",
                "Email", "lee@acme.example"));

        assertThat(TopicReader.recordEvents(runId, 2, WAIT))
                .extracting(event -> event.sourceId() + " " + event.payload()).containsExactlyInAnyOrder(
                        "601 " + new RecordHeld("contact without email: in the resolution queue, as the run chose"),
                        "602 " + new RecordTransformed(Topics.INTERCOM_CONTACTS));
        assertThat(TopicReader.read(Topics.INTERCOM_CONTACTS, new EnvelopeSerde<>(ContactCommand.class), runId, 1, WAIT))
                .extracting(Envelope::sourceId).containsExactly("602");
    }

    @Test
    void contactsAreCommandsAndRulesAndInvoicesAreHeldWithTheirReason() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/nowhere", "UTC", "http://localhost:1", "INTERCOM_TOKEN"));

        TopicWriter.envelope(Topics.ATERA_CONTACTS, RawRows.row(runId, ObjectType.CONTACT, "501", 2,
                "EndUserID", "501", "CustomerID", "11", "Firstname", "Ann", "Email", "ann@acme.example"));
        TopicWriter.envelope(Topics.ATERA_CONTACTS, RawRows.row(runId, ObjectType.CONTACT, "502", 3,
                "EndUserID", "502", "Email", "not-an-address"));
        TopicWriter.envelope(ObjectType.INVOICE.topic(), RawRows.row(runId, ObjectType.INVOICE, "901", 2, "InvoiceID", "901"));
        TopicWriter.envelope(ObjectType.AUTOMATION_RULE.topic(), RawRows.row(runId, ObjectType.AUTOMATION_RULE, "41", 2, "RuleID", "41"));

        List<Envelope<ContactCommand>> commands = TopicReader.read(Topics.INTERCOM_CONTACTS,
                new EnvelopeSerde<>(ContactCommand.class), runId, 1, WAIT);
        assertThat(commands).extracting(Envelope::payload).containsExactly(new ContactCommand(
                new ContactBody("user", "501", "ann@acme.example", null, "Ann", null, null), "11"));

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 1, WAIT);
        assertThat(rejects).extracting(reject -> reject.payload().message())
                .containsExactly("contacts.csv line 3 column Email: 'not-an-address' is not an email address");

        List<Envelope<MigrationEvent>> events = TopicReader.recordEvents(runId, 3, WAIT);
        assertThat(events).extracting(event -> event.objectType().wireName() + " " + event.payload()).containsExactlyInAnyOrder(
                "contact " + new RecordTransformed(Topics.INTERCOM_CONTACTS),
                "invoice " + new RecordHeld("billing data, never loaded into Intercom: listed in the billing-handoff report, "
                        + "for the customer's billing tool", Map.of("InvoiceID", "901")),
                "automation_rule " + new RecordHeld("configuration, not data: listed with its Intercom equivalent in the "
                        + "automation-inventory report, for an admin to set up", Map.of("RuleID", "41")));
    }
}
