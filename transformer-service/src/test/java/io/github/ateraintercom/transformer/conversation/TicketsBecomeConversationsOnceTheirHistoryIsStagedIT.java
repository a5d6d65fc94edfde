package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
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

/**
 * Through the real broker and database: a ticket's history arrives after the end of the extraction,
 * and each ticket still becomes one conversation command with its whole history, once it is all staged.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class TicketsBecomeConversationsOnceTheirHistoryIsStagedIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void eachTicketBecomesOneCommandAndEveryRecordOfItsHistoryIsAccountedFor() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/exports/acme", "UTC", "http://localhost:1", "INTERCOM_TOKEN"));
        // the end of the extraction first: the assembly must wait for every record it announces
        event(runId, ObjectType.TICKET, new FileExtracted("tickets.csv", 2, 2, 0, "0".repeat(64)));
        event(runId, ObjectType.TICKET_COMMENT, new FileExtracted("ticket_comments.csv", 4, 4, 0, "0".repeat(64)));
        event(runId, ObjectType.WORK_HOUR, new FileExtracted("work_hours.csv", 1, 1, 0, "0".repeat(64)));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("tickets.csv", "ticket_comments.csv", "work_hours.csv"), Map.of(), null)));

        TopicWriter.envelope(ObjectType.TICKET_COMMENT.topic(), comment(runId, 2, "7001", "2025-01-02T10:00:00Z", "Second", "TechnicianContactID", "301"));
        TopicWriter.envelope(ObjectType.TICKET.topic(), RawRows.row(runId, ObjectType.TICKET, "7001", 2, "TicketID", "7001",
                "TicketTitle", "Mail down", "EndUserID", "2001", "TicketCreatedDate", "2025-01-02T09:00:00Z", "FirstComment", "First",
                "TicketStatus", "Resolved"));
        TopicWriter.envelope(ObjectType.TICKET.topic(), RawRows.row(runId, ObjectType.TICKET, "7002", 3, "TicketID", "7002",
                "TicketTitle", "Nobody's ticket", "TicketCreatedDate", "2025-01-03T09:00:00Z"));
        TopicWriter.envelope(ObjectType.TICKET_COMMENT.topic(), comment(runId, 3, "7001", "2025-01-02T09:30:00Z", "Between", "EndUserID", "2001"));
        TopicWriter.envelope(ObjectType.TICKET_COMMENT.topic(), comment(runId, 4, "7002", "2025-01-03T09:30:00Z", "Hello?", "EndUserID", "2009"));
        TopicWriter.envelope(ObjectType.TICKET_COMMENT.topic(), comment(runId, 5, "7099", "2025-01-04T09:30:00Z", "Lost", "EndUserID", "2001"));
        TopicWriter.envelope(ObjectType.WORK_HOUR.topic(), RawRows.row(runId, ObjectType.WORK_HOUR, "9001", 2, "WorkHoursID", "9001",
                "TicketID", "7001", "StartWorkHour", "2025-01-02T09:30:00Z", "EndWorkHour", "2025-01-02T11:00:00Z", "Billiable", "true"));

        List<TopicReader.Keyed<ConversationCommand>> commands = TopicReader.readKeyed(Topics.INTERCOM_CONVERSATIONS,
                new EnvelopeSerde<>(ConversationCommand.class), runId, 1, WAIT);
        assertThat(commands).singleElement().satisfies(keyed -> {
            assertThat(keyed.key()).isEqualTo("7001");
            ConversationCommand conversation = keyed.envelope().payload();
            assertThat(conversation.opening().body()).isEqualTo("First");
            assertThat(conversation.parts()).extracting(ConversationPart::body).containsExactly("Between", "Second");
            assertThat(conversation.state()).isEqualTo(ConversationCommand.State.CLOSED);
            assertThat(conversation.attributes()).containsEntry("billable_hours", 1.5);
        });

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 3, WAIT);
        assertThat(rejects).extracting(reject -> reject.payload().rule() + ": " + reject.payload().message()).containsExactlyInAnyOrder(
                "required: tickets.csv line 3 column EndUserID: EndUserID is empty: a conversation is opened by its contact",
                "ticket-rejected: ticket_comments.csv line 4 column TicketID: its ticket 7002 was rejected: "
                        + "EndUserID is empty: a conversation is opened by its contact",
                "unknown-ticket: ticket_comments.csv line 5 column TicketID: ticket 7099 is not in the export");

        List<Envelope<MigrationEvent>> transformed = TopicReader.recordEvents(runId, 8, WAIT).stream().filter(event -> event.payload() instanceof RecordTransformed).toList();
        assertThat(transformed).extracting(event -> event.sourceRow().file() + ":" + event.sourceRow().line()).containsExactlyInAnyOrder(
                "tickets.csv:2", "ticket_comments.csv:2", "ticket_comments.csv:3", "work_hours.csv:2");
    }

    private static void event(String runId, ObjectType type, FileExtracted file) {
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, type, file.file(), new SourceRow(file.file(), 0), file));
    }

    private static Envelope<AteraRow> comment(String runId, long line, String ticketId, String date,
                                                                                 String text, String authorColumn, String authorId) {
        return RawRows.row(runId, ObjectType.TICKET_COMMENT, ticketId + "/" + date + "/" + line, line, "TicketID", ticketId,
                "Date", date, "Comment", text, authorColumn, authorId);
    }
}
