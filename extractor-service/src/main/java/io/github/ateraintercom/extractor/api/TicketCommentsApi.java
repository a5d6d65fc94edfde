package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.extractor.csv.ExportLayout;

import java.util.Iterator;
import java.util.Map;

/**
 * Comments from {@code GET /tickets/{ticketId}/comments}, for every ticket this run published, in
 * the order the tickets were. A comment has neither an id nor its ticket's: each gets its ticket's
 * {@code TicketID}, and the gate knows it by ticket, date, author and a digest of its text. The
 * other field names are the export's column names; the API lists no attachments per comment.
 */
final class TicketCommentsApi implements ApiObject {

    private final IdList tickets;

    TicketCommentsApi(IdList tickets) {
        this.tickets = tickets;
    }

    @Override
    public String sourceName() {
        return "api:/tickets/{ticketId}/comments";
    }

    /** Only the tickets read this run: with modifiedSince, the modified ones, whose new comments modified them. */
    @Override
    public Iterator<ApiList> lists(String modifiedSince) {
        return tickets.each(ticket -> new ApiList("/tickets/" + ticket + "/comments", Map.of(), true,
                Map.of("TicketID", ticket)));
    }

    @Override
    public Map<String, String> columns(JsonNode item) {
        return ItemFields.named(item, ExportLayout.columns(ObjectType.TICKET_COMMENT));
    }
}
