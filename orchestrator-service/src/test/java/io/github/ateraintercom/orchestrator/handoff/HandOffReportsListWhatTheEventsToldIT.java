package io.github.ateraintercom.orchestrator.handoff;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.RecordFacts;
import io.github.ateraintercom.common.event.RecordHeld;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.event.RecordsTransformed;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Feeds the orchestrator the events the transformer and loaders publish for hand-off rows (held SLA
 * policies, rules, invoices and contracts with their columns; tickets and technicians with their
 * facts) and checks each hand-off report lists exactly what they told.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class HandOffReportsListWhatTheEventsToldIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String HANDED_OFF = "left to the billing hand-off document by the run's choice";

    @Test
    void everyHandOffReportIsMadeOfTheRowsTheEventsCarried() {
        String runId = loadingRun();
        held(runId, ObjectType.SLA_POLICY, "71/High", 2, sla("71", "Gold 24x7", "High", "30", "480", "false"));
        held(runId, ObjectType.SLA_POLICY, "71/Low", 3, sla("71", "Gold 24x7", "Low", "240", "2880", "false"));
        held(runId, ObjectType.SLA_POLICY, "72/High", 4, sla("72", "Standard", "High", "120", "960", "true"));
        TopicWriter.envelope(Topics.EVENTS, row(runId, ObjectType.CONTRACT, "801", 2, new RecordTransformed(Topics.INTERCOM_CUSTOM_DATA,
                null, null, contract("801", "1001", "Northwind managed services", "Retainer", "2400.00", "2024-01-01", "2026-12-31", "71"))));
        TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.CONTRACT, "801", 2, LoadResult.loaded("c".repeat(24))));
        TopicWriter.envelope(Topics.EVENTS, row(runId, ObjectType.CONTRACT, "802", 3, new RecordHeld(HANDED_OFF,
                contract("802", "1003", "Hartley hourly", "Hourly", "150.00", "2023-06-01", null, "72"))));
        held(runId, ObjectType.AUTOMATION_RULE, "601", 2, rule("601", "Route printers", "TicketRule", "Ticket created",
                "Title contains printer", "Assign to 301", "true"));
        held(runId, ObjectType.AUTOMATION_RULE, "602", 3, rule("602", "Escalate critical", "SlaEscalation", "First response due",
                "Priority is Critical", "Notify lead", "false"));
        held(runId, ObjectType.AUTOMATION_RULE, "603", 4, rule("603", "Disk full", "AlertPolicy", "Alert raised", "Disk below 10%",
                "Create ticket", "true"));
        held(runId, ObjectType.AUTOMATION_RULE, "604", 5, rule("604", "Digest", "Custom", "Weekly", null, "=SUM(A1)", "true"));
        held(runId, ObjectType.INVOICE, "inv-1", 2, fields("InvoiceID", "inv-1", "CustomerID", "1001", "InvoiceNumber", "1041",
                "Date", "2025-10-31", "Total", "2400.00", "Currency", "USD", "Status", "Paid"));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "transformed", new SourceRow("transformer", 0), new RecordsTransformed(List.of(
                ticket("5001", 2, "T-5001", "Printer offline", "1001", "Northwind", "301", "0.75", "0.00"),
                ticket("5002", 3, "T-5002", "VPN drops", "1001", "Northwind", "303", "1.50", "2.00"),
                ticket("5003", 4, "T-5003", "Laptop", "1003", "Hartley", null, "0.00", "0.25"),
                ticket("5004", 5, "T-5004", "Wi-Fi", "1003", "Hartley", "304", "1.25", "0.00"),
                technician("301", 2, fields(RecordFacts.EMAIL, "tom@msp.example", RecordFacts.NAME, "Tom Tech")),
                technician("303", 3, fields(RecordFacts.EMAIL, "ola@msp.example", RecordFacts.NAME, "Ola Nordmann", RecordFacts.ACTIVE, "true")),
                technician("305", 5, fields(RecordFacts.EMAIL, "kim@msp.example", RecordFacts.NAME, "Kim Keys", RecordFacts.ACTIVE, "false"))))));
        TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.TICKET, "5001", 2, LoadResult.loaded("9001")));
        TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.TECHNICIAN, "301", 2, LoadResult.loaded("991267402")));
        TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.TECHNICIAN, "303", 3, LoadResult.unmatched(LoadResult.Status.HELD,
                "no Intercom teammate has the email ola@msp.example", new TeammateCommand("ola@msp.example", "Ola Nordmann", true))));
        TopicWriter.envelope(Topics.REJECTS, row(runId, ObjectType.TECHNICIAN, "304", 4, new Reject(Stage.TRANSFORM, "required", "Email",
                "technicians.csv line 4 column Email: Email is empty", "304,,")));
        TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.TECHNICIAN, "305", 5, LoadResult.unmatched(LoadResult.Status.HELD,
                "no Intercom teammate has the email kim@msp.example", new TeammateCommand("kim@msp.example", "Kim Keys", false))));
        await().atMost(WAIT).until(() -> queue(runId).getList("technicians").size() == 2);
        resolve(runId, "303", Map.of("fallback", true));
        resolve(runId, "305", Map.of("adminId", "991267405"));
        // every event and result is read asynchronously: the reports are asserted once they show all of them
        await().atMost(WAIT).untilAsserted(() -> assertReports(runId));
    }

    private static void assertReports(String runId) {
        assertThat(report(runId, "sla-configuration", "markdown")).contains("## Gold 24x7 (SLAID 71)",
                "| High | 30 | 480 | false | Gold 24x7 – High | 30m | 8h | every hour (24/7) |",
                "| Low | 240 | 2880 | false | Gold 24x7 – Low | 4h | 2d | every hour (24/7) |",
                "Used by: contract 801 Northwind managed services (customer 1001).",
                "## Standard (SLAID 72)", "| High | 120 | 960 | true | Standard – High | 2h | 16h | office hours |",
                "Used by: contract 802 Hartley hourly (customer 1003).");
        assertThat(report(runId, "sla-configuration", "csv").lines()).containsExactly(
                "sla_id,policy,priority,first_response_minutes,resolution_minutes,business_hours_only,intercom_sla,"
                        + "intercom_first_reply_time,intercom_time_to_close,intercom_office_hours,contracts,customers",
                "71,Gold 24x7,High,30,480,false,Gold 24x7 – High,30m,8h,every hour (24/7),801,1001",
                "71,Gold 24x7,Low,240,2880,false,Gold 24x7 – Low,4h,2d,every hour (24/7),801,1001",
                "72,Standard,High,120,960,true,Standard – High,2h,16h,office hours,802,1003");
        assertThat(json(runId, "sla-configuration").getList("targets.intercom.timeToClose")).containsExactly(
                List.of("8h", "2d"), List.of("16h"));

        assertThat(report(runId, "automation-inventory", "markdown")).contains("| TicketRule | 1 | 1 | Workflows |",
                "| SlaEscalation | 1 | 0 | SLAs, applied by Workflows |", "| AlertPolicy | 1 | 1 | none: it stays with the RMM |",
                "| Other | 1 | 1 | review by hand |", "## TicketRule → Workflows",
                "| 601 | Route printers | TicketRule | Ticket created | Title contains printer | Assign to 301 | yes |",
                "| 602 | Escalate critical | SlaEscalation | First response due | Priority is Critical | Notify lead | no |");
        assertThat(report(runId, "automation-inventory", "csv").lines()).containsExactly(
                "rule_id,name,kind,trigger,conditions,actions,active,intercom_equivalent",
                "601,Route printers,TicketRule,Ticket created,Title contains printer,Assign to 301,true,Workflows",
                "602,Escalate critical,SlaEscalation,First response due,Priority is Critical,Notify lead,false,\"SLAs, applied by Workflows\"",
                "603,Disk full,AlertPolicy,Alert raised,Disk below 10%,Create ticket,true,none: it stays with the RMM",
                "604,Digest,Custom,Weekly,,'=SUM(A1),true,review by hand");

        assertThat(report(runId, "billing-handoff", "markdown")).contains("| 1001 | Northwind | 2 | 2.25 | 2.00 |",
                "| 1003 | Hartley | 2 | 1.25 | 0.25 |", "| 5001 | T-5001 | Printer offline | 1001 | Northwind | 0.75 | 0.00 | loaded |",
                "| 801 | 1001 | Northwind | Northwind managed services | Retainer | 2400.00 | Monthly | 2024-01-01 | 2026-12-31 | 71 | true "
                        + "| written as company attributes |",
                "| 802 | 1003 | Hartley | Hartley hourly | Hourly | 150.00 | Monthly | 2023-06-01 |  | 72 | true | held: " + HANDED_OFF + " |",
                "## Invoices (never loaded)", "| inv-1 | 1041 | 1001 | Northwind | 2025-10-31 | 2400.00 | USD | Paid |");
        assertThat(report(runId, "billing-handoff", "csv").lines()).containsExactly(
                "kind,id,customer_id,customer,description,billable_hours,non_billable_hours,amount,currency,date,status",
                "company,1001,1001,Northwind,2 tickets,2.25,2.00,,,,",
                "company,1003,1003,Hartley,2 tickets,1.25,0.25,,,,",
                "ticket,5001,1001,Northwind,T-5001 Printer offline,0.75,0.00,,,,loaded",
                "ticket,5002,1001,Northwind,T-5002 VPN drops,1.50,2.00,,,,transformed",
                "ticket,5003,1003,Hartley,T-5003 Laptop,0.00,0.25,,,,transformed",
                "ticket,5004,1003,Hartley,T-5004 Wi-Fi,1.25,0.00,,,,transformed",
                "contract,801,1001,Northwind,\"Northwind managed services (Retainer, Monthly)\",,,2400.00,,2024-01-01/2026-12-31,"
                        + "written as company attributes",
                "contract,802,1003,Hartley,\"Hartley hourly (Hourly, Monthly)\",,,150.00,,2023-06-01/,held: " + HANDED_OFF,
                "invoice,inv-1,1001,Northwind,invoice 1041,,,2400.00,USD,2025-10-31,Paid");
        assertThat(json(runId, "billing-handoff").getList("companies.billableHours", Float.class)).containsExactly(2.25f, 1.25f);

        assertThat(report(runId, "teammate-seats", "csv").lines()).containsExactly(
                "technician_id,email,name,active,seat,teammate,tickets",
                "301,tom@msp.example,Tom Tech,,matched by email,991267402,1",
                "303,ola@msp.example,Ola Nordmann,true,queue: sent to the fallback teammate,,1",
                "304,,,,rejected: technicians.csv line 4 column Email: Email is empty,,1",
                "305,kim@msp.example,Kim Keys,false,queue: mapped to a teammate,991267405,0");
        assertThat(report(runId, "teammate-seats", "markdown")).contains("Fallback teammate: owner@acme.example",
                "## Matched with a teammate (1)", "## In the teammate queue (2)",
                "## Never reached the queue: their tickets go to the fallback teammate (1)",
                "| 305 | kim@msp.example | Kim Keys | queue: mapped to a teammate | 991267405 | 0 |",
                "- Tickets with a technician: 3", "- Their technician went to the fallback teammate: 2 (66.7%)",
                "- Their technician is not resolved yet: 0", "- Unassigned tickets (no technician; the fallback teammate acts for them): 1");
        assertThat(json(runId, "teammate-seats").getMap("share")).isEqualTo(Map.of("withTechnician", 3, "toFallback", 2, "unresolved", 0,
                "unassigned", 1, "percent", "66.7"));
    }

    @Test
    void aRunWithoutHandOffRowsHasEmptyReports() {
        String runId = loadingRun();

        assertThat(report(runId, "sla-configuration", "markdown")).contains("The export has no SLA policy.");
        assertThat(report(runId, "automation-inventory", "csv").lines()).containsExactly(
                "rule_id,name,kind,trigger,conditions,actions,active,intercom_equivalent");
        assertThat(report(runId, "billing-handoff", "markdown")).contains("## Hours per company\n\nNone.\n", "## Invoices (never loaded)\n\nNone.\n");
        assertThat(report(runId, "teammate-seats", "markdown")).contains("- Tickets with a technician: 0",
                "- Their technician went to the fallback teammate: 0 (0.0%)");
    }

    /**
     * A run whose extraction ended with tickets still in flight, so it keeps loading, and 4 technicians,
     * so its conversations phase waits for their teammate queue.
     */
    private static String loadingRun() {
        String runId = given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl",
                Workspaces.fresh(), "fallbackTeammate", "owner@acme.example")).when().post("/api/runs").then().statusCode(201)
                .extract().path("id");
        for (ObjectType type : List.of(ObjectType.TICKET, ObjectType.TECHNICIAN)) {
            TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, type, type.fileName(), new SourceRow(type.fileName(), 0),
                    new FileExtracted(type.fileName(), 4, 4, 0, "0".repeat(64))));
        }
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("tickets.csv", "technicians.csv"), Map.of(), null)));
        await().atMost(WAIT).until(() -> "LOADING".equals(given().get("/api/runs/" + runId).then().extract().path("state")));
        return runId;
    }

    private static void held(String runId, ObjectType type, String id, long line, Map<String, String> fields) {
        TopicWriter.envelope(Topics.EVENTS, row(runId, type, id, line, new RecordHeld("held for the hand-off", fields)));
    }

    private static <P> Envelope<P> row(String runId, ObjectType type, String id, long line, P payload) {
        return Envelope.of(runId, type, id, new SourceRow(type.fileName(), line), payload);
    }

    private static RecordsTransformed.Transformed ticket(String id, long line, String number, String title, String customerId,
                                                         String customer, String technician, String billable, String nonBillable) {
        Map<String, String> facts = fields(RecordFacts.CUSTOMER_ID, customerId, RecordFacts.CUSTOMER_NAME, customer,
                RecordFacts.TICKET_NUMBER, number, RecordFacts.TITLE, title, RecordFacts.TECHNICIAN_ID, technician,
                RecordFacts.BILLABLE_HOURS, billable, RecordFacts.NON_BILLABLE_HOURS, nonBillable);
        return new RecordsTransformed.Transformed(ObjectType.TICKET, id, new SourceRow("tickets.csv", line),
                new RecordTransformed(Topics.INTERCOM_CONVERSATIONS, null, null, facts));
    }

    private static RecordsTransformed.Transformed technician(String id, long line, Map<String, String> facts) {
        return new RecordsTransformed.Transformed(ObjectType.TECHNICIAN, id, new SourceRow("technicians.csv", line),
                new RecordTransformed(Topics.INTERCOM_TEAMMATES, null, null, facts));
    }

    private static Map<String, String> sla(String id, String name, String priority, String firstResponse, String resolution,
                                           String businessHours) {
        return fields("SLAID", id, "Name", name, "Priority", priority, "FirstResponseMinutes", firstResponse,
                "ResolutionMinutes", resolution, "BusinessHoursOnly", businessHours);
    }

    private static Map<String, String> contract(String id, String customer, String name, String type, String rate, String start,
                                                String end, String sla) {
        return fields("ContractID", id, "CustomerID", customer, "ContractName", name, "ContractType", type, "StartDate", start,
                "EndDate", end, "Rate", rate, "BillingPeriod", "Monthly", "SLAID", sla, "Active", "true");
    }

    private static Map<String, String> rule(String id, String name, String kind, String trigger, String conditions, String actions,
                                            String active) {
        return fields("RuleID", id, "Name", name, "Kind", kind, "Trigger", trigger, "Conditions", conditions, "Actions", actions,
                "Active", active);
    }

    /** Names and values in order; a null value leaves its name out, as a blank column is read. */
    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }

    private static String report(String runId, String name, String format) {
        return given().get("/api/runs/" + runId + "/reports/" + name + "?format=" + format).then().statusCode(200).extract().asString();
    }

    private static JsonPath json(String runId, String name) {
        return given().get("/api/runs/" + runId + "/reports/" + name + "?format=json").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath queue(String runId) {
        return given().get("/api/runs/" + runId + "/teammates/queue").then().statusCode(200).extract().jsonPath();
    }

    private static void resolve(String runId, String technicianId, Map<String, ?> body) {
        given().contentType(ContentType.JSON).body(body).put("/api/runs/" + runId + "/teammates/" + technicianId).then().statusCode(200);
    }
}
