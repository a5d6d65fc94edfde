package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.discovery.DiscoveryReport.CustomField;
import io.github.ateraintercom.common.discovery.DiscoveryReport.FileProfile;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * An export with custom fields of every type, tags and KB categories, as its discovery reports it, and
 * a run of it that awaits the confirmation of its mapping.
 */
public final class SampleDiscovery {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private SampleDiscovery() {
    }

    /** A run that confirms its mapping, discovered and awaiting confirmation; returns its id. */
    public static String awaitingConfirmation() {
        return awaitingConfirmation(Map.of());
    }

    /** As {@link #awaitingConfirmation()}, with these settings of the run besides. */
    static String awaitingConfirmation(Map<String, String> settings) {
        Map<String, Object> request = new HashMap<>(settings);
        request.putAll(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh(), "confirmMapping", true));
        String id = given().contentType(ContentType.JSON).body(request)
                .when().post("/api/runs").then().statusCode(201).extract().path("id");
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(id, null, "run", new SourceRow("/exports/acme", 0),
                new SourceDiscovered(report(), null)));
        await().atMost(WAIT).until(() -> "AWAITING_CONFIRMATION".equals(given().get("/api/runs/" + id).then().extract().path("state")));
        return id;
    }

    public static DiscoveryReport report() {
        FileProfile customers = new FileProfile("customers.csv", 10, 0, List.of(
                column("CustomerID", "integer", Map.of(), Map.of("integer", 10L)),
                column("CustomerName", "text", Map.of(), Map.of("text", 10L)),
                column("City", "text", Map.of(), Map.of("text", 10L)),
                column("LastModified", "datetime", Map.of(), Map.of("datetime", 10L)),
                column("Custom: Contract Tier", "enumeration", Map.of("Gold", 6L, "Silver", 4L), Map.of("text", 10L)),
                column("Custom: Region", "text", Map.of("North", 1L, "South", 1L), Map.of("text", 2L)),
                column("Custom: City", "text", Map.of("Lyon", 1L), Map.of("text", 1L))), null);
        FileProfile contacts = new FileProfile("contacts.csv", 10, 0, List.of(
                column("EndUserID", "integer", Map.of(), Map.of("integer", 10L)),
                column("Email", "text", Map.of(), Map.of("email", 9L, "text", 1L)),
                column("Firstname", "text", Map.of(), Map.of("text", 10L))), null);
        FileProfile tickets = new FileProfile("tickets.csv", 6, 0, List.of(
                column("TicketID", "integer", Map.of(), Map.of("integer", 6L)),
                column("TicketStatus", "enumeration", Map.of("Open", 3L, "Waiting customer", 1L, "On hold", 2L), Map.of("text", 6L)),
                column("TicketCreatedDate", "datetime", Map.of(), Map.of("datetime", 6L))), null);
        FileProfile contracts = new FileProfile("contracts.csv", 2, 0, List.of(
                column("ContractID", "integer", Map.of(), Map.of("integer", 2L))), null);
        List<CustomField> definitions = List.of(
                new CustomField("Customer", "Contract Tier", "Dropdown", List.of("Gold", "Silver", "Bronze"), true,
                        column("Contract Tier", "enumeration", Map.of("Gold", 1L), Map.of("text", 1L))),
                new CustomField("Customer", "Services", "MultiSelect", List.of("Backup", "Email", "Network"), false,
                        column("Services", "text", Map.of("Backup", 2L, "Network", 1L), Map.of("text", 3L))),
                new CustomField("Contact", "Newsletter", "Checkbox", List.of(), false,
                        column("Newsletter", "boolean", Map.of("true", 3L, "false", 2L), Map.of("boolean", 5L))),
                new CustomField("Contact", "Renewal", "Date", List.of(), false,
                        column("Renewal", "date", Map.of("2025-01-01", 1L), Map.of("date", 1L))),
                new CustomField("Ticket", "Hours", "Number", List.of(), false,
                        column("Hours", "decimal", Map.of("1.5", 1L, "2", 1L), Map.of("decimal", 1L, "integer", 1L))),
                new CustomField("Ticket", "Seats", "Number", List.of(), false,
                        column("Seats", "integer", Map.of("3", 1L), Map.of("integer", 1L))),
                new CustomField("Customer", "Account Manager", "Text", List.of(), false, null),
                new CustomField("Contact", "Seats", null, List.of(), false,
                        column("Seats", "integer", Map.of("12", 1L, "40", 1L), Map.of("integer", 2L))));
        return new DiscoveryReport("/exports/acme", List.of(customers, contacts, tickets, contracts), List.of(),
                Map.of("agents.csv", 4L), Map.of("customers.csv", List.of("Contract Tier", "Region", "City")),
                new DiscoveryReport.DateRange("2025-01-01T00:00:00Z", "2025-11-01T00:00:00Z"), 4, 1, List.of("303"), definitions,
                Map.of("tags.csv", List.of("VIP", "law-firm"), "tickets.csv", List.of("vip", "printer")),
                List.of(List.of("Remote work", "VPN"), List.of("Hardware")),
                Map.of("customers.csv", new DiscoveryReport.DateRange("2018-03-01T00:00:00Z", "2024-04-16T06:00:00Z"),
                        "contacts.csv", new DiscoveryReport.DateRange("2019-08-21T09:00:00Z", "2023-01-10T10:00:00Z")));
    }

    static ColumnProfile column(String name, String type, Map<String, Long> values, Map<String, Long> shapes) {
        return new ColumnProfile(name, type, List.of(), 0.0, values.isEmpty() ? null : values.size(), values, shapes);
    }
}
