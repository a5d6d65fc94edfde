package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.api.AteraApiSimulator.KeyHeader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static io.github.ateraintercom.extractor.api.AteraApiSimulator.comment;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.contact;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts, tickets and their comments read from Atera's API (against a simulator) come out as the
 * export's rows would: same columns, same ids, comments keyed by their ticket, each ticket's
 * comments read once, several tickets at a time, and a delta run asking Atera in the zone it reads.
 */
class AteraApiReadsContactsTicketsAndCommentsTest {

    private static final String KEY = "legacy-key-0123456789abcdef";

    private final CollectingSink sink = new CollectingSink();

    @Test
    void contactsAreReadPageByPageAsTheirExportRowsWithDuplicatesRejected() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(KEY, KeyHeader.X_API_KEY, List.of(), Duration.ZERO)) {
            atera.serve("/contacts", List.of(contact(501L, 31, "Ann", "Lee", "2025-01-01T00:00:00"),
                    contact(502L, 31, "Bob", "Ray", "2025-01-01T00:00:00"), contact(503L, 32, "Cid", "Moe", "2025-01-01T00:00:00"),
                    contact(504L, 32, "Dee", "Fox", "2025-01-01T00:00:00"), contact(502L, 31, "Bob", "Ray", "2025-02-01T00:00:00")));

            FileExtracted list = source(atera, null, ZoneOffset.UTC, SimulatorSettings.of(AuthMode.AUTO))
                    .extract(ObjectType.CONTACT, sink).orElseThrow();

            assertThat(list.file()).isEqualTo("api:/contacts");
            assertThat(List.of(list.rowsRead(), list.rowsPublished(), list.rowsRejected())).containsExactly(5L, 4L, 1L);
            assertThat(sink.ids(ObjectType.CONTACT)).containsExactly("501", "502", "503", "504");
            assertThat(sink.rejects).extracting(reject -> reject.payload().message()).containsExactly(
                    "api:/contacts line 5 column EndUserID: duplicate EndUserID 502, already read at line 2");
            Envelope<AteraRow> ann = sink.record(ObjectType.CONTACT, "501");
            assertThat(ann.sourceRow()).isEqualTo(new SourceRow("api:/contacts", 1));
            assertThat(ann.payload().fields()).as("the layout's columns in its order, no DefaultAgentId, no nulls").containsExactly(
                    Map.entry("EndUserID", "501"), Map.entry("CustomerID", "31"), Map.entry("CustomerName", "Acme"),
                    Map.entry("Firstname", "Ann"), Map.entry("Lastname", "Lee"), Map.entry("Email", "ann@acme.example"),
                    Map.entry("MobilePhone", "+1 503 555 0100"), Map.entry("IsContactPerson", "true"),
                    Map.entry("InIgnoreMode", "false"), Map.entry("CreatedOn", "2022-01-05T08:00:00"),
                    Map.entry("LastModified", "2025-01-01T00:00:00"), Map.entry("Archived", "false"));
            assertThat(atera.queries("/contacts")).containsExactlyInAnyOrder("page=1&itemsInPage=2", "page=2&itemsInPage=2",
                    "page=3&itemsInPage=2");
        }
    }

    @Test
    void ticketsAreReadPageByPageWithTheirRelationsAndTheLayoutsColumns() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(KEY, KeyHeader.X_API_KEY, List.of(), Duration.ZERO)) {
            atera.serve("/tickets", List.of(ticket(42L, "Printer down", 7L, "Tom Tech"), ticket(43L, "VPN", null, null),
                    ticket(null, "Lost", null, null)));

            FileExtracted list = source(atera, null, ZoneOffset.UTC, SimulatorSettings.of(AuthMode.AUTO))
                    .extract(ObjectType.TICKET, sink).orElseThrow();

            assertThat(list.file()).isEqualTo("api:/tickets");
            assertThat(List.of(list.rowsRead(), list.rowsPublished(), list.rowsRejected())).containsExactly(3L, 2L, 1L);
            assertThat(sink.ids(ObjectType.TICKET)).containsExactly("42", "43");
            assertThat(sink.rejects).extracting(reject -> reject.payload().message())
                    .containsExactly("api:/tickets line 3 column TicketID: TicketID is missing");
            assertThat(sink.record(ObjectType.TICKET, "42").payload().fields()).containsEntry("TicketTitle", "Printer down")
                    .containsEntry("TicketNumber", "42").containsEntry("TicketPriority", "High").containsEntry("EndUserID", "501")
                    .containsEntry("TechnicianContactID", "7").containsEntry("TechnicianFullName", "Tom Tech")
                    .containsEntry("TechnicianEmail", "tom@msp.example").containsEntry("OnSiteDurationSeconds", "0")
                    .containsEntry("RelationType", "None").doesNotContainKeys("RelatedTicketId", "Tags", "TicketResolvedDate");
            assertThat(atera.queries("/tickets")).containsExactlyInAnyOrder("page=1&itemsInPage=2&includeRelations=true",
                    "page=2&itemsInPage=2&includeRelations=true");
        }
    }

    @Test
    void commentsAreReadOnceForEveryTicketReceivedAndKeyedByTicketDateAuthorAndText() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(KEY, KeyHeader.X_API_KEY, List.of(), Duration.ZERO)) {
            // ticket 7 comes twice and 8 has no comment; 9 has three on two pages, one of them twice
            atera.serve("/tickets", List.of(ticket(7L, "Printer", 5L, "Tom Tech"), ticket(8L, "VPN", null, null),
                    ticket(9L, "Mail", null, null), ticket(7L, "Printer", 5L, "Tom Tech")));
            atera.serve("/tickets/7/comments", List.of(comment("2025-03-01T09:00:00", "It is down", 501L, null, "Ann", false),
                    comment("2025-03-01T09:30:00", "Looking", null, 5L, "Tom", true)));
            atera.serve("/tickets/9/comments", List.of(comment("2025-03-02T10:00:00", "Mail fails", 501L, null, "Ann", false),
                    comment("2025-03-02T10:05:00", "Auto-reply", null, null, null, false),
                    comment("2025-03-02T10:00:00", "Mail fails", 501L, null, "Ann", false)));
            AteraApiSource source = source(atera, null, ZoneOffset.UTC, SimulatorSettings.of(AuthMode.AUTO));

            source.extract(ObjectType.TICKET, sink).orElseThrow();
            FileExtracted comments = source.extract(ObjectType.TICKET_COMMENT, sink).orElseThrow();

            assertThat(comments.file()).isEqualTo("api:/tickets/{ticketId}/comments");
            assertThat(List.of(comments.rowsRead(), comments.rowsPublished(), comments.rowsRejected())).containsExactly(5L, 4L, 1L);
            String looking = "7/2025-03-01T09:30:00/technician-5/" + digest("Looking", "<p>Looking</p>");
            String mailFails = "9/2025-03-02T10:00:00/user-501/" + digest("Mail fails", "<p>Mail fails</p>");
            assertThat(sink.ids(ObjectType.TICKET_COMMENT)).as("ticket by ticket, in the order the tickets came").containsExactly(
                    "7/2025-03-01T09:00:00/user-501/" + digest("It is down", "<p>It is down</p>"), looking, mailFails,
                    "9/2025-03-02T10:05:00/system/" + digest("Auto-reply", "<p>Auto-reply</p>"));
            assertThat(sink.records(ObjectType.TICKET_COMMENT)).extracting(Envelope::sourceRow).containsExactly(
                    IntStream.rangeClosed(1, 4).mapToObj(line -> new SourceRow("api:/tickets/{ticketId}/comments", line))
                            .toArray(SourceRow[]::new));
            assertThat(sink.record(ObjectType.TICKET_COMMENT, looking).payload().fields()).containsExactly(
                    Map.entry("TicketID", "7"), Map.entry("Date", "2025-03-01T09:30:00"), Map.entry("Comment", "Looking"),
                    Map.entry("CommentHtml", "<p>Looking</p>"), Map.entry("TechnicianContactID", "5"),
                    Map.entry("Email", "tom@example.com"), Map.entry("FirstName", "Tom"), Map.entry("LastName", "Smith"),
                    Map.entry("IsInternal", "true"));
            assertThat(sink.rejects).extracting(reject -> reject.payload().message()).containsExactly(
                    "api:/tickets line 4 column TicketID: duplicate TicketID 7, already read at line 1",
                    "api:/tickets/{ticketId}/comments line 5: duplicate ticket comment " + mailFails + ", already read at line 3");
            assertThat(atera.queries("/tickets/7/comments")).as("a ticket received twice has its comments read once")
                    .containsExactly("page=1&itemsInPage=2");
            assertThat(atera.queries("/tickets/8/comments")).containsExactly("page=1&itemsInPage=2");
            assertThat(atera.queries("/tickets/9/comments")).containsExactlyInAnyOrder("page=1&itemsInPage=2", "page=2&itemsInPage=2");
        }
    }

    @Test
    void severalTicketsCommentsAreFetchedAtOnceButNeverMoreThanTheConcurrency() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(KEY, KeyHeader.X_API_KEY, List.of(), Duration.ofMillis(100))) {
            atera.serve("/tickets", tickets(1, 8));
            for (long ticket = 1; ticket <= 8; ticket++) {
                atera.serve("/tickets/" + ticket + "/comments", List.of(comment("2025-03-01T09:00:00", "Hello " + ticket, 501L, null,
                        "Ann", false)));
            }
            AteraApiSource source = source(atera, null, ZoneOffset.UTC, SimulatorSettings.of(AuthMode.AUTO).withConcurrency(3));
            source.extract(ObjectType.TICKET, sink).orElseThrow();

            FileExtracted comments = source.extract(ObjectType.TICKET_COMMENT, sink).orElseThrow();

            assertThat(comments.rowsPublished()).isEqualTo(8);
            assertThat(sink.records(ObjectType.TICKET_COMMENT)).extracting(row -> row.payload().fields().get("TicketID"))
                    .as("handed over in ticket order however they arrive").containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(atera.mostRequestsAtOnce()).as("three tickets' comments at a time").isEqualTo(3);
        }
    }

    @Test
    void commentsShareTheRunsRateCeilingWithEveryOtherRequest() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(KEY, KeyHeader.X_API_KEY, List.of(), Duration.ZERO)) {
            atera.serve("/tickets", tickets(1, 4));
            // one request every 100 ms, whichever thread sends it
            AteraApiSource source = source(atera, null, ZoneOffset.UTC,
                    SimulatorSettings.of(AuthMode.AUTO).withMaxRequestsPerMinute(600));
            long start = System.nanoTime();

            source.extract(ObjectType.TICKET, sink).orElseThrow();
            source.extract(ObjectType.TICKET_COMMENT, sink).orElseThrow();

            assertThat(atera.requests()).as("two ticket pages, four comment lists").isEqualTo(6);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the five after the first wait their turn, fetched at once or not")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(500));
        }
    }

    @Test
    void deltaRunAsksForTicketsModifiedSinceItsDateInUtcAndReadsOnlyTheirComments() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(KEY, KeyHeader.X_API_KEY, List.of(), Duration.ZERO)) {
            atera.serve("/tickets", List.of(ticket(1L, "Old", null, null), ticket(2L, "Edge", null, null), ticket(3L, "New", null, null)));
            atera.ticketModified(1, "2025-05-31T21:59:59Z").ticketModified(2, "2025-05-31T22:00:00Z")
                    .ticketModified(3, "2025-06-03T08:00:00Z");
            atera.serve("/tickets/1/comments", List.of(comment("2025-05-31T23:00:00", "Old", 501L, null, "Ann", false)));
            atera.serve("/tickets/3/comments", List.of(comment("2025-06-03T10:00:00", "New", 501L, null, "Ann", false)));
            // midnight in Paris (summer time) is 22:00 the day before in UTC
            AteraApiSource source = source(atera, "2025-06-01", ZoneId.of("Europe/Paris"), SimulatorSettings.of(AuthMode.AUTO));

            FileExtracted tickets = source.extract(ObjectType.TICKET, sink).orElseThrow();
            source.extract(ObjectType.TICKET_COMMENT, sink).orElseThrow();

            assertThat(tickets.file()).isEqualTo("api:/tickets");
            assertThat(sink.ids(ObjectType.TICKET)).containsExactly("2", "3");
            assertThat(atera.queries("/tickets/lastmodified")).containsExactly(
                    "page=1&itemsInPage=2&date=2025-05-31T22%3A00%3A00Z&includeRelations=true");
            assertThat(atera.requests("/tickets")).as("the full list is not read").isZero();
            assertThat(sink.records(ObjectType.TICKET_COMMENT)).extracting(row -> row.payload().fields().get("TicketID"))
                    .containsExactly("3");
            assertThat(atera.requests("/tickets/1/comments")).as("an unmodified ticket's comments are not read").isZero();
        }
    }

    @Test
    void modifiedSinceWithATimeIsConvertedFromTheAccountsZoneAndCustomersAndContactsGetItAsGiven() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(KEY, KeyHeader.X_API_KEY, List.of(), Duration.ZERO)) {
            AteraApiSource source = source(atera, "2025-01-15T08:30:00", ZoneId.of("America/New_York"),
                    SimulatorSettings.of(AuthMode.AUTO));

            source.extract(ObjectType.CUSTOMER, sink).orElseThrow();
            source.extract(ObjectType.CONTACT, sink).orElseThrow();
            source.extract(ObjectType.TICKET, sink).orElseThrow();

            assertThat(atera.queries("/customers")).containsExactly("page=1&itemsInPage=2&FromLastModifiedDate=2025-01-15T08%3A30%3A00");
            assertThat(atera.queries("/contacts")).containsExactly("page=1&itemsInPage=2&FromLastModifiedDate=2025-01-15T08%3A30%3A00");
            assertThat(atera.queries("/tickets/lastmodified")).as("New York is five hours behind UTC in winter")
                    .containsExactly("page=1&itemsInPage=2&date=2025-01-15T13%3A30%3A00Z&includeRelations=true");
        }
    }

    private static AteraApiSource source(AteraApiSimulator atera, String modifiedSince, ZoneId zone, SimulatorSettings settings) {
        return new AteraApiSource("run", atera.baseUrl(), KEY, modifiedSince, zone, settings, HttpClient.newHttpClient());
    }

    /** The first 8 bytes of the SHA-256 of a comment's text and HTML, as a comment's id ends. */
    private static String digest(String comment, String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((comment + "\u0000" + html).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tickets numbered {@code from} to {@code to}, none assigned. */
    private static List<Map<String, Object>> tickets(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(id -> ticket(id, "Ticket " + id, null, null)).toList();
    }
}
