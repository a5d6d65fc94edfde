package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.ConversationPart.Author;
import io.github.ateraintercom.common.intercom.ConversationPart.Kind;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.mapping.FieldTarget;
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

    @Test
    void knownEnumerationValuesAreSpeltAsAteraSpellsThemAndUnknownOnesAreKeptWithAWarning() {
        StagedRecord ticket = ticket("5010", "EndUserID", "2001", "TicketCreatedDate", "2025-10-06T08:15:00Z", "FirstComment", "Hi",
                "TicketPriority", "URGENT", "TicketImpact", "site down", "TicketType", "request", "TicketStatus", "open",
                "TicketSource", "Walk-in");

        MappingResult.Mapped<ConversationCommand> mapped = result(TicketToConversation.map(ticket, List.of(), List.of(), UTC, null));

        assertThat(mapped.command().attributes()).containsEntry("atera_priority", "URGENT").containsEntry("atera_impact", "SiteDown")
                .containsEntry("atera_type", "Request").containsEntry("atera_status", "Open").containsEntry("atera_source", "Walk-in");
        assertThat(mapped.warnings()).containsExactly(
                "TicketPriority 'URGENT' is not one of Atera's values [Low, Medium, High, Critical]: kept as written");
    }

    @Test
    void customStatusIsWarnedAboutUnlessTheConfirmedMappingNamesIt() {
        StagedRecord ticket = ticket("5011", "EndUserID", "2001", "TicketCreatedDate", "2025-10-06T08:15:00Z", "FirstComment", "Hi",
                "TicketStatus", "Waiting on vendor", "TicketImpact", "Meltdown");

        assertThat(result(TicketToConversation.map(ticket, List.of(), List.of(), UTC, null)).warnings()).containsExactly(
                "TicketImpact 'Meltdown' is not one of Atera's values [NoImpact, Minor, Major, SiteDown, ServerIssue, Crisis]: "
                        + "kept as written",
                "TicketStatus 'Waiting on vendor' is not a built-in status and the confirmed mapping does not name it: "
                        + "state snoozed by default");
        MappingChoices confirmed = new MappingChoices(Map.of("Waiting on vendor", "open"), null);
        assertThat(result(TicketToConversation.map(ticket, List.of(), List.of(), UTC, confirmed)).warnings())
                .singleElement().asString().startsWith("TicketImpact 'Meltdown'");
        MappingChoices ignoringImpact = new MappingChoices(2, Map.of("Waiting on vendor", "open"), null, null, null,
                Map.of("tickets.csv", Map.of("TicketImpact", FieldTarget.ignore())));
        assertThat(result(TicketToConversation.map(ticket, List.of(), List.of(), UTC, ignoringImpact)).warnings())
                .as("a column the run leaves out is not checked").isEmpty();
    }

    @Test
    void confirmedMappingIgnoresRenamesAndTypesTicketColumnsAndEveryAttributeCarriesItsSpec() {
        AttributeSpec priority = new AttributeSpec("priority", AttributeType.LIST, List.of("Low", "Medium", "High", "Critical"), null);
        AttributeSpec devices = new AttributeSpec("devices_affected", AttributeType.INTEGER, List.of(), null);
        MappingChoices confirmed = new MappingChoices(2, null, null, null, null, Map.of("tickets.csv", Map.of(
                "TicketSource", FieldTarget.ignore(), "TicketPriority", FieldTarget.attribute(priority),
                "Custom: Devices", FieldTarget.attribute(devices), "Tags", FieldTarget.ignore())));
        StagedRecord ticket = ticket("5012", "EndUserID", "2001", "TicketCreatedDate", "2025-10-06T08:15:00Z", "FirstComment", "Hi",
                "TicketPriority", "high", "TicketSource", "Email", "Custom: Devices", "3", "Custom: Site", "Lyon", "Tags", "a;b");

        ConversationCommand conversation = mapped(TicketToConversation.map(ticket, List.of(), List.of(), UTC, confirmed));

        assertThat(conversation.attributes()).isEqualTo(Map.of("atera_ticket_number", "5012", "priority", "High", "devices_affected", 3L,
                "site", "Lyon", "billable_hours", new BigDecimal("0.00")));
        assertThat(conversation.attributeSpecs()).containsExactlyInAnyOrder(
                new AttributeSpec("atera_ticket_number", AttributeType.STRING, List.of(), "Atera tickets.csv TicketNumber"), priority, devices,
                AttributeSpec.text("site"), new AttributeSpec("billable_hours", AttributeType.FLOAT, List.of(), "Atera work_hours.csv StartWorkHour"));
        assertThat(conversation.tags()).isEmpty();
        StagedRecord unfit = ticket("5013", "EndUserID", "2001", "TicketCreatedDate", "2025-10-06T08:15:00Z", "Custom: Devices", "three");
        assertThat(TicketToConversation.map(unfit, List.of(), List.of(), UTC, confirmed).conversation()).isEqualTo(
                new MappingResult.Refused<>("invalid-integer", "Custom: Devices", "Custom: Devices 'three' is not a whole number"));
    }

    @Test
    void openingIsPlainTextAndCommentBodiesAreSanitisedHtml() {
        StagedRecord ticket = ticket("5014", "EndUserID", "2001", "TicketCreatedDate", "2025-10-06T08:15:00Z",
                "TicketTitle", "  Printer \u00A0 offline ", "FirstComment", "<p>It shows <b>offline</b>.</p><p>Since 8am.<br>Help!</p>");
        StagedRecord reply = comment(2, "Date", "2025-10-06T08:40:00Z", "CommentHtml",
                "<p onclick=\"x()\">Try <a href=\"javascript:run()\">this</a></p><script>steal()</script><table><tr><td>ok</td></tr></table>",
                "Comment", "Try this", "TechnicianContactID", "301");
        StagedRecord plain = comment(3, "Date", "2025-10-06T08:50:00Z", "Comment", "Use <Ctrl> & P\r\nthen retry", "EndUserID", "2001");
        StagedRecord scriptOnly = comment(4, "Date", "2025-10-06T08:55:00Z", "CommentHtml", "<script>x()</script>",
                "Comment", "Fallback text", "TechnicianContactID", "301");

        ConversationCommand conversation = mapped(TicketToConversation.map(ticket, List.of(reply, plain, scriptOnly), List.of(), UTC, null));

        assertThat(conversation.title()).isEqualTo("Printer offline");
        assertThat(conversation.opening().body()).isEqualTo("It shows offline.\n\nSince 8am.\nHelp!");
        assertThat(conversation.parts()).extracting(ConversationPart::body).containsExactly(
                "<p>Try <a>this</a></p><table><tbody><tr><td>ok</td></tr></tbody></table>",
                "Use &lt;Ctrl&gt; &amp; P<br>then retry",
                "Fallback text");
    }

    @Test
    void earliestContactCommentOpensAsPlainTextAndItsRepeatIsStillFolded() {
        StagedRecord ticket = ticket("5015", "EndUserID", "2001", "TicketCreatedDate", "2025-10-06T08:15:00Z",
                "FirstComment", "The printer   is offline.");
        StagedRecord repeat = comment(2, "Date", "2025-10-06T08:15:00Z", "CommentHtml", "<div>The printer is <i>offline</i>.</div>",
                "EndUserID", "2001");
        StagedRecord other = ticket("5016", "EndUserID", "2001", "TicketCreatedDate", "2025-10-06T08:15:00Z");
        StagedRecord first = comment(3, "Date", "2025-10-06T08:16:00Z", "CommentHtml", "<p>Line one</p><p>Line two</p>", "EndUserID", "2001");

        assertThat(mapped(TicketToConversation.map(ticket, List.of(repeat), List.of(), UTC, null)).folded()).containsExactly(repeat.ref());
        assertThat(mapped(TicketToConversation.map(other, List.of(first), List.of(), UTC, null)).opening().body())
                .isEqualTo("Line one\n\nLine two");
    }

    @Test
    void linksToFilesAteraHostsAreReportedFromBodiesAndAttachments() {
        StagedRecord ticket = ticket("5017", "EndUserID", "2001", "TicketCreatedDate", "2025-10-06T08:15:00Z",
                "FirstComment", "Screenshot: https://app.atera.com/attachments/1/screen.png");
        StagedRecord reply = comment(2, "Date", "2025-10-06T08:40:00Z", "CommentHtml",
                "<p>See <a href=\"https://support.atera.com/hc/articles/9\">this</a> and <a href=\"https://kb.example/x\">that</a></p>",
                "TechnicianContactID", "301", "AttachmentUrls", "https://files.example/a.log;https://app.atera.com/attachments/2/b.log");

        MappingResult.Mapped<ConversationCommand> mapped = result(TicketToConversation.map(ticket, List.of(reply), List.of(), UTC, null));

        assertThat(mapped.atRiskLinks()).containsExactly("https://app.atera.com/attachments/1/screen.png",
                "https://support.atera.com/hc/articles/9", "https://app.atera.com/attachments/2/b.log");
        assertThat(mapped.command().parts().get(0).attachmentUrls()).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static MappingResult.Mapped<ConversationCommand> result(TicketHistory history) {
        assertThat(history.conversation()).isInstanceOf(MappingResult.Mapped.class);
        return (MappingResult.Mapped<ConversationCommand>) history.conversation();
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
