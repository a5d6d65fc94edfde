package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.mapping.TicketStates;
import io.github.ateraintercom.transformer.mapping.AteraDates;
import io.github.ateraintercom.transformer.mapping.CustomColumns;
import io.github.ateraintercom.transformer.mapping.InvalidValue;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The default map of an Atera ticket with its comments and work hours to one Intercom conversation:
 * <ul>
 *   <li>opened by the ticket's contact (EndUserID) at TicketCreatedDate with FirstComment, or with
 *   the earliest contact comment when FirstComment is empty; a comment repeating the opening message
 *   is folded into it, not written twice;</li>
 *   <li>every other comment a part, in chronological order with its own time: a contact's comment a
 *   user reply, a technician's public reply an admin reply, an internal note an admin note, a comment
 *   without author an admin note;</li>
 *   <li>TicketTitle → title; status → the state the operator confirmed, else the default map's
 *   ({@link TicketStates}); number, status, priority, impact, type,
 *   source, billable hours (the sum of billable work hours) and custom fields → conversation attributes; Tags
 *   (semicolon-separated) → tags; TechnicianContactID → assignee;</li>
 *   <li>the end-user snapshot (EndUserEmail, EndUserFirstName, EndUserLastName, EndUserPhone) → the
 *   requester a contact is made from when the end user matches no contact ({@link TicketRequester}).</li>
 * </ul>
 * A comment or work hour with an unreadable date is refused on its own; the conversation goes on.
 */
final class TicketToConversation {

    static final String NUMBER = "atera_ticket_number";
    static final String STATUS = "atera_status";
    static final String PRIORITY = "atera_priority";
    static final String IMPACT = "atera_impact";
    static final String TYPE = "atera_type";
    static final String SOURCE = "atera_source";
    static final String BILLABLE_HOURS = "billable_hours";

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
        BigDecimal billableHours = BigDecimal.ZERO;
        for (StagedRecord workHour : workHours) {
            try {
                billableHours = billableHours.add(billableHours(workHour.row(), zone));
                folded.add(workHour.ref());
            } catch (InvalidValue invalid) {
                refused.add(new TicketHistory.Refusal(workHour, (MappingResult.Refused<?>) invalid.refusal()));
            }
        }
        return new TicketHistory(conversation(ticket, parts, folded, billableHours, zone, confirmed), refused);
    }

    private static MappingResult<ConversationCommand> conversation(StagedRecord ticket, List<ConversationPart> parts,
                                                                   List<SourceRef> folded, BigDecimal billableHours, ZoneId zone,
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
            List<ConversationPart> later = new ArrayList<>(parts);
            ConversationPart opening = opening(ticket, later, folded, createdAt);
            return new MappingResult.Mapped<>(new ConversationCommand(contactId, row.value("TechnicianContactID"), opening, later,
                    row.value("TicketTitle"), attributes(ticket, billableHours), list(row.value("Tags")), state(row.value("TicketStatus"), confirmed),
                    folded, null, TicketRequester.of(row)));
        } catch (InvalidValue invalid) {
            return invalid.refusal();
        }
    }

    /** FirstComment opens the conversation; the comment that repeats it is folded into it. */
    private static ConversationPart opening(StagedRecord ticket, List<ConversationPart> parts, List<SourceRef> folded, long createdAt) {
        String firstComment = ticket.row().value("FirstComment");
        if (firstComment != null) {
            parts.stream().filter(part -> part.author() == ConversationPart.Author.CONTACT)
                    .filter(part -> plainText(part.body()).equals(plainText(firstComment)))
                    .findFirst().ifPresent(repeat -> {
                        parts.remove(repeat);
                        folded.add(repeat.source());
                    });
            return new ConversationPart(ticket.ref(), ConversationPart.Author.CONTACT, ticket.row().value("EndUserID"),
                    ConversationPart.Kind.COMMENT, firstComment, createdAt, List.of());
        }
        for (ConversationPart part : parts) {
            if (part.author() == ConversationPart.Author.CONTACT) {
                parts.remove(part);
                return part;
            }
        }
        String title = ticket.row().value("TicketTitle");
        return new ConversationPart(ticket.ref(), ConversationPart.Author.CONTACT, ticket.row().value("EndUserID"),
                ConversationPart.Kind.COMMENT, title != null ? title : "(no message)", createdAt, List.of());
    }

    private static MappingResult<ConversationPart> part(StagedRecord comment, ZoneId zone) {
        AteraRow row = comment.row();
        try {
            long createdAt = AteraDates.unixSeconds("Date", row.value("Date"), zone);
            List<String> attachments = list(row.value("AttachmentUrls"));
            String body = row.value("CommentHtml") != null ? row.value("CommentHtml") : row.value("Comment");
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

    private static Map<String, Object> attributes(StagedRecord ticket, BigDecimal billableHours) {
        AteraRow row = ticket.row();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(NUMBER, row.value("TicketNumber") != null ? row.value("TicketNumber") : ticket.ticketId());
        putIfPresent(attributes, STATUS, row.value("TicketStatus"));
        putIfPresent(attributes, PRIORITY, row.value("TicketPriority"));
        // Atera's API spells impacts "NoImpact", its UI "No Impact": one spelling in Intercom
        putIfPresent(attributes, IMPACT, row.value("TicketImpact") == null ? null : row.value("TicketImpact").replace(" ", ""));
        putIfPresent(attributes, TYPE, row.value("TicketType"));
        putIfPresent(attributes, SOURCE, row.value("TicketSource"));
        attributes.put(BILLABLE_HOURS, billableHours.setScale(2, RoundingMode.HALF_UP));
        CustomColumns.addTo(attributes, row);
        return attributes;
    }

    private static BigDecimal billableHours(AteraRow workHour, ZoneId zone) {
        long start = AteraDates.unixSeconds("StartWorkHour", workHour.value("StartWorkHour"), zone);
        long end = AteraDates.unixSeconds("EndWorkHour", workHour.value("EndWorkHour"), zone);
        if (!"true".equalsIgnoreCase(workHour.value("Billiable"))) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(Math.max(0, end - start)).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP);
    }

    static ConversationCommand.State state(String status, MappingChoices confirmed) {
        return ConversationCommand.State.valueOf(TicketStates.of(status, confirmed).toUpperCase(Locale.ROOT));
    }

    private static String plainText(String body) {
        return body.replaceAll("<[^>]*>", "").strip();
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static void putIfPresent(Map<String, Object> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
