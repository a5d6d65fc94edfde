package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.event.RecordFacts;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.common.mapping.IntercomNames;
import io.github.ateraintercom.common.mapping.Text;
import io.github.ateraintercom.common.mapping.TicketStates;
import io.github.ateraintercom.transformer.content.AtRiskLinks;
import io.github.ateraintercom.transformer.content.SafeHtml;
import io.github.ateraintercom.transformer.mapping.AteraDates;
import io.github.ateraintercom.transformer.mapping.Attributes;
import io.github.ateraintercom.transformer.mapping.FieldMap;
import io.github.ateraintercom.transformer.mapping.InvalidValue;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default map of an Atera ticket with its comments and work hours to one Intercom conversation:
 * <ul>
 *   <li>opened by the ticket's contact (EndUserID) at TicketCreatedDate with FirstComment, or with
 *   the earliest contact comment when FirstComment is empty, as plain text; a comment repeating the
 *   opening message is folded into it, not written twice;</li>
 *   <li>every other comment a part, in chronological order with its own time: a contact's comment a
 *   user reply, a technician's public reply an admin reply, an internal note an admin note, a comment
 *   without author an admin note; CommentHtml sanitised, else Comment as text;</li>
 *   <li>TicketTitle → title; status → the state the operator confirmed, else the default map's
 *   ({@link TicketStates}); number, status, priority, impact, type,
 *   source, billable hours (the sum of billable work hours) and custom fields → conversation attributes
 *   ({@link TicketEnumerations} spells the enumerations); Tags (semicolon-separated) → tags;
 *   TechnicianContactID → assignee;</li>
 *   <li>the end-user snapshot (EndUserEmail, EndUserFirstName, EndUserLastName, EndUserPhone) → the
 *   requester a contact is made from when the end user matches no contact ({@link TicketRequester}).</li>
 * </ul>
 * The run's confirmed choices move or ignore any ticket column but TicketID, EndUserID,
 * TicketCreatedDate and TechnicianContactID. The transformed event tells the ticket's customer,
 * technician and billable and non-billable hours to the run's hand-off reports. A comment or work hour with an unreadable date is
 * refused on its own; the conversation goes on. Links to files Atera hosts, in bodies and
 * attachments, are reported as at risk.
 */
final class TicketToConversation {

    static final AttributeSpec BILLABLE_HOURS = DefaultMap.of("work_hours.csv").attribute("StartWorkHour");
    static final Map<String, AttributeSpec> ATTRIBUTES = DefaultMap.of(FieldMap.TICKETS).attributeColumns();

    private static final String NO_MESSAGE = "(no message)";

    private TicketToConversation() {
    }

    static TicketHistory map(StagedRecord ticket, List<StagedRecord> comments, List<StagedRecord> workHours, ZoneId zone,
                             MappingChoices confirmed) {
        List<TicketHistory.Refusal> refused = new ArrayList<>();
        List<ConversationPart> parts = new ArrayList<>();
        for (StagedRecord comment : comments) {
            MappingResult<ConversationPart> part = part(comment, zone);
            if (part instanceof MappingResult.Mapped<ConversationPart> mapped) {
                parts.add(mapped.command());
            } else {
                refused.add(new TicketHistory.Refusal(comment, (MappingResult.Refused<?>) part));
            }
        }
        parts.sort(Comparator.comparingLong(ConversationPart::createdAt)
                .thenComparingLong(part -> part.source().sourceRow().line()));
        List<SourceRef> folded = new ArrayList<>();
        Hours hours = new Hours();
        for (StagedRecord workHour : workHours) {
            try {
                hours.add(workHour.row(), zone);
                folded.add(workHour.ref());
            } catch (InvalidValue invalid) {
                refused.add(new TicketHistory.Refusal(workHour, (MappingResult.Refused<?>) invalid.refusal()));
            }
        }
        return new TicketHistory(conversation(ticket, parts, folded, hours, zone, confirmed), refused);
    }

    private static MappingResult<ConversationCommand> conversation(StagedRecord ticket, List<ConversationPart> parts,
                                                                   List<SourceRef> folded, Hours hours, ZoneId zone,
                                                                   MappingChoices confirmed) {
        AteraRow row = ticket.row();
        String contactId = row.value("EndUserID");
        if (contactId == null) {
            return new MappingResult.Refused<>("required", "EndUserID",
                    "EndUserID is empty: a conversation is opened by its contact");
        }
        String created = row.value("TicketCreatedDate");
        if (created == null) {
            return new MappingResult.Refused<>("required", "TicketCreatedDate",
                    "TicketCreatedDate is empty: a conversation keeps its original time");
        }
        try {
            long createdAt = AteraDates.unixSeconds("TicketCreatedDate", created, zone);
            FieldMap fields = new FieldMap(FieldMap.TICKETS, ATTRIBUTES, Set.of(), confirmed);
            TicketEnumerations.Checked enumerations = TicketEnumerations.check(row, fields, confirmed);
            Attributes attributes = new Attributes(zone);
            attributes.put(BILLABLE_HOURS, hours.billable());
            fields.addTo(attributes, written(ticket, enumerations));
            List<ConversationPart> later = new ArrayList<>(parts);
            ConversationPart opening = opening(ticket, fields, later, folded, createdAt);
            ConversationCommand conversation = new ConversationCommand(contactId, row.value("TechnicianContactID"),
                    opening, later, Text.line(fields.standard(row, "TicketTitle")), attributes.values(),
                    IntercomNames.tags(fields.standard(row, "Tags")), state(row.value("TicketStatus"), confirmed), folded, attributes.specs(),
                    TicketRequester.of(row));
            return new MappingResult.Mapped<>(conversation, enumerations.warnings(), atRiskLinks(conversation),
                    facts(ticket, hours));
        } catch (InvalidValue invalid) {
            return invalid.refusal();
        }
    }

    /** The ticket's row as its attributes are written: enumerations as Atera spells them, TicketID for a missing number. */
    private static AteraRow written(StagedRecord ticket, TicketEnumerations.Checked enumerations) {
        Map<String, String> fields = new LinkedHashMap<>(ticket.row().fields());
        fields.putAll(enumerations.respelt());
        if (ticket.row().value("TicketNumber") == null) {
            fields.put("TicketNumber", ticket.ticketId());
        }
        return new AteraRow(fields);
    }

    /**
     * FirstComment opens the conversation, as plain text (the create call takes no HTML); the comment
     * that repeats it is folded into it.
     */
    private static ConversationPart opening(StagedRecord ticket, FieldMap fields, List<ConversationPart> parts, List<SourceRef> folded,
                                            long createdAt) {
        String contactId = ticket.row().value("EndUserID");
        String firstComment = SafeHtml.text(fields.standard(ticket.row(), "FirstComment"));
        if (firstComment != null) {
            parts.stream().filter(part -> part.author() == ConversationPart.Author.CONTACT)
                    .filter(part -> firstComment.equals(SafeHtml.text(part.body())))
                    .findFirst().ifPresent(repeat -> {
                        parts.remove(repeat);
                        folded.add(repeat.source());
                    });
            return new ConversationPart(ticket.ref(), ConversationPart.Author.CONTACT, contactId,
                    ConversationPart.Kind.COMMENT, firstComment, createdAt, List.of());
        }
        for (ConversationPart part : parts) {
            if (part.author() == ConversationPart.Author.CONTACT) {
                parts.remove(part);
                return new ConversationPart(part.source(), part.author(), part.authorId(), part.kind(),
                        Objects.requireNonNullElse(SafeHtml.text(part.body()), NO_MESSAGE), part.createdAt(), part.attachmentUrls());
            }
        }
        String title = Text.line(fields.standard(ticket.row(), "TicketTitle"));
        return new ConversationPart(ticket.ref(), ConversationPart.Author.CONTACT, contactId,
                ConversationPart.Kind.COMMENT, title != null ? title : NO_MESSAGE, createdAt, List.of());
    }

    private static List<String> atRiskLinks(ConversationCommand conversation) {
        List<String> carried = new ArrayList<>();
        List<ConversationPart> all = new ArrayList<>(conversation.parts());
        all.add(0, conversation.opening());
        all.forEach(part -> {
            carried.add(part.body());
            carried.addAll(part.attachmentUrls());
        });
        return AtRiskLinks.in(carried);
    }

    private static MappingResult<ConversationPart> part(StagedRecord comment, ZoneId zone) {
        AteraRow row = comment.row();
        try {
            long createdAt = AteraDates.unixSeconds("Date", row.value("Date"), zone);
            List<String> attachments = Text.items(row.value("AttachmentUrls"));
            String html = SafeHtml.sanitised(row.value("CommentHtml"));
            String body = html != null ? html : SafeHtml.fromText(Text.block(row.value("Comment")));
            if (body == null) {
                if (attachments.isEmpty()) {
                    return new MappingResult.Refused<>("empty-comment", "Comment", "the comment has neither text nor attachments");
                }
                body = "Attachments";
            }
            boolean internal = "true".equalsIgnoreCase(row.value("IsInternal"));
            if (row.value("EndUserID") != null) {
                return new MappingResult.Mapped<>(new ConversationPart(comment.ref(), ConversationPart.Author.CONTACT,
                        row.value("EndUserID"), ConversationPart.Kind.COMMENT, body, createdAt, attachments));
            }
            if (row.value("TechnicianContactID") != null) {
                return new MappingResult.Mapped<>(new ConversationPart(comment.ref(), ConversationPart.Author.TECHNICIAN,
                        row.value("TechnicianContactID"), internal ? ConversationPart.Kind.NOTE : ConversationPart.Kind.COMMENT,
                        body, createdAt, attachments));
            }
            return new MappingResult.Mapped<>(new ConversationPart(comment.ref(), ConversationPart.Author.SYSTEM, null,
                    ConversationPart.Kind.NOTE, body, createdAt, attachments));
        } catch (InvalidValue invalid) {
            return invalid.refusal();
        }
    }

    /**
     * What the billing and seat reports need of the ticket: its customer, number, title, technician
     * (none: unassigned) and its billable and non-billable hours. The ticket's own columns, whatever
     * the confirmed mapping does with them.
     */
    private static Map<String, String> facts(StagedRecord ticket, Hours hours) {
        AteraRow row = ticket.row();
        Map<String, String> facts = new LinkedHashMap<>();
        putPresent(facts, RecordFacts.CUSTOMER_ID, row.value("CustomerID"));
        putPresent(facts, RecordFacts.CUSTOMER_NAME, Text.line(row.value("CustomerName")));
        facts.put(RecordFacts.TICKET_NUMBER, Objects.requireNonNullElse(row.value("TicketNumber"), ticket.ticketId()));
        putPresent(facts, RecordFacts.TITLE, Text.line(row.value("TicketTitle")));
        putPresent(facts, RecordFacts.TECHNICIAN_ID, row.value("TechnicianContactID"));
        facts.put(RecordFacts.BILLABLE_HOURS, hours.billable().toPlainString());
        facts.put(RecordFacts.NON_BILLABLE_HOURS, hours.nonBillable().toPlainString());
        return facts;
    }

    private static void putPresent(Map<String, String> facts, String name, String value) {
        if (value != null) {
            facts.put(name, value);
        }
    }

    /** The hours of a ticket's work hours, billable (Billiable true) and not. */
    private static final class Hours {

        private BigDecimal billable = BigDecimal.ZERO;
        private BigDecimal nonBillable = BigDecimal.ZERO;

        void add(AteraRow workHour, ZoneId zone) {
            long start = AteraDates.unixSeconds("StartWorkHour", workHour.value("StartWorkHour"), zone);
            long end = AteraDates.unixSeconds("EndWorkHour", workHour.value("EndWorkHour"), zone);
            BigDecimal hours = BigDecimal.valueOf(Math.max(0, end - start)).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP);
            if ("true".equalsIgnoreCase(workHour.value("Billiable"))) {
                billable = billable.add(hours);
            } else {
                nonBillable = nonBillable.add(hours);
            }
        }

        BigDecimal billable() {
            return billable.setScale(2, RoundingMode.HALF_UP);
        }

        BigDecimal nonBillable() {
            return nonBillable.setScale(2, RoundingMode.HALF_UP);
        }
    }

    static ConversationCommand.State state(String status, MappingChoices confirmed) {
        return ConversationCommand.State.valueOf(TicketStates.of(status, confirmed).toUpperCase(Locale.ROOT));
    }
}
