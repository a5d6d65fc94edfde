package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.extractor.source.FatalSourceError;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tickets from {@code GET /tickets}, with their relations since the layout has {@code RelationType}
 * and {@code RelatedTicketId}. TicketDto has no LastModified, so with modifiedSince they come from
 * {@code GET /tickets/lastmodified}, whose {@code date} is in UTC where modifiedSince is in the
 * account's time zone. The API's field names are the export's column names; it has no {@code Tags}.
 * Each published ticket's id is kept, since its comments are read per ticket.
 */
final class TicketsApi extends OneListApi {

    private final ZoneId zone;

    TicketsApi(ZoneId zone, IdList tickets) {
        super(ObjectType.TICKET, "/tickets", tickets);
        this.zone = zone;
    }

    @Override
    ApiList list(String modifiedSince) {
        Map<String, String> query = new LinkedHashMap<>();
        if (modifiedSince == null) {
            query.put("includeRelations", "true");
            return new ApiList(path(), query);
        }
        query.put("date", utc(modifiedSince, zone));
        query.put("includeRelations", "true");
        return new ApiList(path() + "/lastmodified", query);
    }

    /** {@code 2025-06-01} in Europe/Paris is {@code 2025-05-31T22:00:00Z}: a date alone means its first instant. */
    static String utc(String modifiedSince, ZoneId zone) {
        try {
            LocalDateTime local = modifiedSince.length() == 10
                    ? LocalDate.parse(modifiedSince).atStartOfDay()
                    : LocalDateTime.parse(modifiedSince);
            return DateTimeFormatter.ISO_INSTANT.format(local.atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new FatalSourceError("modifiedSince '" + modifiedSince + "' is not yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss");
        }
    }
}
