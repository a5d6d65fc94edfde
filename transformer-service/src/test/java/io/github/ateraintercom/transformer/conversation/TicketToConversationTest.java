package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.ConversationPart.Author;
import io.github.ateraintercom.common.intercom.ConversationPart.Kind;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TicketToConversationTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void ticketBecomesOneConversationWithEveryCommentInChronologicalOrder() {
        StagedRecord ticket = ticket("5001", "TicketTitle", "Printer offline", "TicketStatus", "Open", "TicketPriority", "High",
                "TicketImpact", "No Impact", "TicketNumber", "T-5001", "EndUserID", "2001", "TechnicianContactID", "301",
                "TicketCreatedDate", "2025-10-06T08:15:00Z", "FirstComment", "It is offline.", "Tags", "printer; front-desk");
        StagedRecord repeat = comment(2, "Date", "2025-10-06T08:15:00Z", "Comment", "It is offline.", "EndUserID", "2001");
        StagedRecord reply = comment(3, "Date", "2025-10-06T08:40:00Z", "Comment", "Try a test page",
                "CommentHtml", "<p>Try a test page</p>", "TechnicianContactID", "301", "IsInternal", "false");
        StagedRecord note = comment(4, "Date", "2025-10-06T08:35:00Z", "Comment", "DHCP again?", "TechnicianContactID", "301",
                "IsInternal", "true");
        StagedRecord answer = comment(5, "Date", "2025-10-06T09:05:00Z", "Comment", "Still offline", "EndUserID", "2001",
                "AttachmentUrls", "https://files.example/a.jpg;https://files.example/b.jpg");
        StagedRecord system = comment(6, "Date", "2025-10-06T09:06:00Z", "Comment", "Escalated by rule");
        StagedRecord billable = workHour("9001", "StartWorkHour", "2025-10-06T08:30:00Z", "EndWorkHour", "2025-10-06T09:15:00Z",
                "Billiable", "true");
        StagedRecord free = workHour("9002", "StartWorkHour", "2025-10-06T10:00:00Z", "EndWorkHour", "2025-10-06T11:00:00Z",
                "Billiable", "false");

        TicketHistory history = TicketToConversation.map(ticket, List.of(answer, reply, note, repeat, system),
                List.of(billable, free), UTC, null);

        assertThat(history.refusedRecords()).isEmpty();
        ConversationCommand conversation = mapped(history);
        assertThat(conversation.contactId()).isEqualTo("2001");
        assertThat(conversation.technicianId()).isEqualTo("301");
        assertThat(conversation.opening()).isEqualTo(new ConversationPart(ticket.ref(), Author.CONTACT, "2001", Kind.COMMENT,
                "It is offline.", 1759738500L, List.of()));
        assertThat(conversation.parts()).extracting(part -> part.source().sourceRow().line() + " " + part.author() + " "
                + part.kind() + " " + part.createdAt() + " " + part.body()).containsExactly(
                "4 TECHNICIAN NOTE 1759739700 DHCP again?",
                "3 TECHNICIAN COMMENT 1759740000 <p>Try a test page</p>",
                "5 CONTACT COMMENT 1759741500 Still offline",
                "6 SYSTEM NOTE 1759741560 Escalated by rule");
        assertThat(conversation.parts().get(2).attachmentUrls()).containsExactly("https://files.example/a.jpg",
                "https://files.example/b.jpg");
        assertThat(conversation.folded()).containsExactlyInAnyOrder(repeat.ref(), billable.ref(), free.ref());
        assertThat(conversation.title()).isEqualTo("Printer offline");
        assertThat(conversation.tags()).containsExactly("printer", "front-desk");
        assertThat(conversation.state()).isEqualTo(ConversationCommand.State.OPEN);
        assertThat(conversation.attributes()).isEqualTo(Map.of("atera_ticket_number", "T-5001", "atera_status", "Open",
                "atera_priority", "High", "atera_impact", "NoImpact", "billable_hours", new BigDecimal("0.75")));
    }

    @Test
    void withoutFirstCommentTheEarliestContactCommentOpensTheConversation() {
        StagedRecord ticket = ticket("5002", "EndUserID", "2003", "TicketCreatedDate", "2025-09-20T21:00:00");
        StagedRecord technician = comment(2, "Date", "2025-09-20T21:05:00", "Comment", "Looking", "TechnicianContactID", "302");
        StagedRecord contact = comment(3, "Date", "2025-09-20T21:01:00", "Comment", "VPN drops", "EndUserID", "2003");

        ConversationCommand conversation = mapped(TicketToConversation.map(ticket, List.of(technician, contact), List.of(), UTC, null));

        assertThat(conversation.opening().source()).isEqualTo(contact.ref());
        assertThat(conversation.opening().createdAt()).isEqualTo(1758402060L);
        assertThat(conversation.parts()).extracting(ConversationPart::source).containsExactly(technician.ref());
    }

    @Test
    void statusesMapToTheirState() {
        assertThat(TicketToConversation.state("Pending", null)).isEqualTo(ConversationCommand.State.SNOOZED);
        assertThat(TicketToConversation.state("Waiting customer", null)).isEqualTo(ConversationCommand.State.SNOOZED);
        assertThat(TicketToConversation.state("Resolved", null)).isEqualTo(ConversationCommand.State.CLOSED);
        assertThat(TicketToConversation.state("closed", null)).isEqualTo(ConversationCommand.State.CLOSED);
        assertThat(TicketToConversation.state("On hold by vendor", null)).isEqualTo(ConversationCommand.State.OPEN);
        MappingChoices confirmed = new MappingChoices(Map.of("On hold by vendor", "snoozed", "Resolved", "open"), null);
        assertThat(TicketToConversation.state("On hold by vendor", confirmed)).isEqualTo(ConversationCommand.State.SNOOZED);
        assertThat(TicketToConversation.state(" Resolved ", confirmed)).as("what the operator confirmed wins")
                .isEqualTo(ConversationCommand.State.OPEN);
        assertThat(TicketToConversation.state("Closed", confirmed)).isEqualTo(ConversationCommand.State.CLOSED);
    }

    @Test
    void badCommentIsRefusedAloneAndTicketWithoutContactIsRefused() {
        StagedRecord ticket = ticket("5003", "EndUserID", "2004", "TicketCreatedDate", "2025-10-27T09:00:00Z", "FirstComment", "Hi");
        StagedRecord undated = comment(2, "Date", "yesterday", "Comment", "Hello", "EndUserID", "2004");
        StagedRecord empty = comment(3, "Date", "2025-10-27T10:00:00Z", "TechnicianContactID", "301");

        TicketHistory history = TicketToConversation.map(ticket, List.of(undated, empty), List.of(), UTC, null);

        assertThat(mapped(history).parts()).isEmpty();
        assertThat(history.refusedRecords()).extracting(refusal -> refusal.record().sourceRow().line() + " "
                + refusal.reason().rule() + " " + refusal.reason().column()).containsExactly("2 invalid-date Date", "3 empty-comment Comment");
        assertThat(TicketToConversation.map(ticket("5004", "TicketCreatedDate", "2025-10-27T09:00:00Z"), List.of(), List.of(), UTC, null)
                .conversation()).isEqualTo(new MappingResult.Refused<>("required", "EndUserID",
                "EndUserID is empty: a conversation is opened by its contact"));
    }

    private static ConversationCommand mapped(TicketHistory history) {
        assertThat(history.conversation()).isInstanceOf(MappingResult.Mapped.class);
        return ((MappingResult.Mapped<ConversationCommand>) history.conversation()).command();
    }

    private static StagedRecord ticket(String id, String... columnsAndValues) {
        return new StagedRecord("run", ObjectType.TICKET, id, id, new SourceRow("tickets.csv", 2), row(columnsAndValues));
    }

    private static StagedRecord comment(long line, String... columnsAndValues) {
        return new StagedRecord("run", ObjectType.TICKET_COMMENT, "c" + line, "5001", new SourceRow("ticket_comments.csv", line),
                row(columnsAndValues));
    }

    private static StagedRecord workHour(String id, String... columnsAndValues) {
        return new StagedRecord("run", ObjectType.WORK_HOUR, id, "5001", new SourceRow("work_hours.csv", 2), row(columnsAndValues));
    }

    private static AteraRow row(String... columnsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            fields.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new AteraRow(fields);
    }
}
