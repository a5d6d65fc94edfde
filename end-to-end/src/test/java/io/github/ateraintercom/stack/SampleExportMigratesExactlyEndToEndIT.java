package io.github.ateraintercom.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.api.ApiRefused;
import io.github.ateraintercom.cli.api.JsonHttp;
import io.github.ateraintercom.cli.api.OrchestratorClient;
import io.github.ateraintercom.cli.api.RunSourceSpec;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrates samples/atera-export through the four real services, a real broker and database and the
 * sandbox, then checks the target against the expected companies, contacts and conversations field by
 * field, each bad row on the rejects topic with its reason, each held row with its reason, and the
 * reconciliation of every object. The tests share the stack and the run; one that changes the
 * workspace runs after those that read it ({@link Order}) and restores what it changed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleExportMigratesExactlyEndToEndIT {

    private static LocalStack stack;
    private static OrchestratorClient orchestrator;
    private static JsonNode run;
    private static JsonNode proposal;
    private static JsonNode edited;
    private static JsonNode manifest;
    private static List<JsonNode> sentToFallback;
    private static OperatorCli cli;
    private static OperatorCli.Result followed;
    private static OperatorCli.Result verified;
    private static JsonNode verifiedRun;

    /**
     * The operator's way, through the command line: discover, edit and confirm the mapping, start the
     * run, send the technicians no teammate matches to the fallback teammate, follow it to its end.
     */
    @BeforeAll
    static void migrateTheSample() throws IOException {
        stack = LocalStack.start(LocalStack.findRoot(), LocalStack.findRoot().resolve("end-to-end/target/e2e"));
        orchestrator = stack.orchestrator();
        cli = new OperatorCli(stack);
        JsonNode discovered = json(cli.run(null, "discover", stack.root().resolve("samples/atera-export").toString(), "--target",
                stack.sandboxUrl().toString(), "--token-secret", LocalStack.TOKEN_SECRET, "--fallback-teammate",
                LocalStack.FALLBACK_TEAMMATE, "--json")).get(0);
        String id = discovered.path("run").path("id").asText();
        proposal = discovered.path("mapping");
        // the operator's choice: a Pending ticket stays open instead of snoozing; the edit is version 2
        Path edit = Files.createTempFile("mapping-edit", ".json");
        Files.writeString(edit, Json.MAPPER.writeValueAsString(Map.of("ticketStates", List.of(Map.of("status", "Pending", "state", "open")))));
        edited = json(cli.run(null, "mapping", "edit", id, edit.toString(), "--json")).get(0);
        json(cli.run(null, "mapping", "confirm", id, "--json"));
        manifest = orchestrator.manifest(id);
        json(cli.run(null, "run", id, "--json"));
        // the operator's choice for the technicians no teammate matches: the fallback teammate takes their tickets
        sentToFallback = json(cli.run(null, "teammates", "fallback-all", id, "--json"));
        followed = cli.run(null, "status", id, "--follow");
        run = orchestrator.run(id);
        // then every record is read back from the sandbox and compared with what the mapping says
        verified = cli.run(null, "verify", id, "--follow");
        verifiedRun = orchestrator.run(id);
    }

    /** The JSON documents a command printed with --json, one per line; the command must have succeeded. */
    private static List<JsonNode> json(OperatorCli.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.output()).isZero();
        List<JsonNode> documents = new ArrayList<>();
        for (String line : result.lines()) {
            documents.add(Json.MAPPER.readTree(line));
        }
        return documents;
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void runCompletesAndEveryObjectBalances() {
        assertThat(followed.exitCode()).as(followed.output()).isZero();
        assertThat(followed.lines()).as("status --follow prints the run's end").anyMatch(line -> line.contains("COMPLETED"));
        assertThat(run.path("state").asText()).as("run %s", run).isEqualTo("COMPLETED");
        assertThat(run.path("balanced").asBoolean()).isTrue();
        // object: source rows, extracted, transformed, loaded, rejected, held
        Map<String, List<Integer>> expected = Map.ofEntries(
                Map.entry("customer", List.of(10, 9, 7, 7, 3, 0)),
                Map.entry("contact", List.of(10, 10, 9, 8, 1, 1)),
                Map.entry("technician", List.of(4, 4, 4, 2, 0, 2)),
                Map.entry("ticket", List.of(6, 6, 6, 5, 0, 1)),
                Map.entry("ticket_comment", List.of(12, 11, 10, 10, 2, 0)),
                Map.entry("work_hour", List.of(3, 3, 3, 3, 0, 0)),
                Map.entry("contract", List.of(2, 2, 2, 2, 0, 0)),
                Map.entry("custom_field", List.of(4, 4, 0, 0, 0, 4)),
                Map.entry("custom_value", List.of(5, 5, 4, 4, 1, 0)),
                Map.entry("tag", List.of(3, 3, 3, 3, 0, 0)),
                Map.entry("kb_article", List.of(2, 2, 2, 2, 0, 0)),
                // configuration and billing: held, each listed in its hand-off report
                Map.entry("sla_policy", List.of(8, 8, 0, 0, 0, 8)),
                Map.entry("automation_rule", List.of(5, 5, 0, 0, 0, 5)),
                Map.entry("invoice", List.of(3, 3, 0, 0, 0, 3)),
                // the 32 attributes of the manifest, 8 tags and 4 collections, created before any data
                Map.entry("schema", List.of(44, 44, 44, 44, 0, 0)));
        assertThat(fieldNames(run.path("objects"))).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((object, figures) -> {
            JsonNode counts = run.path("objects").path(object);
            assertThat(List.of(counts.path("sourceRows").asInt(), counts.path("extracted").asInt(), counts.path("transformed").asInt(),
                    counts.path("loaded").asInt(), counts.path("rejected").asInt(), counts.path("held").asInt()))
                    .as(object).isEqualTo(figures);
            assertThat(counts.path("failed").asLong()).as(object).isZero();
            assertThat(counts.path("inFlight").asLong()).as(object).isZero();
        });
        assertThat(Json.MAPPER.convertValue(run.path("excludedRows"), new TypeReference<Map<String, Long>>() { }))
                .as("RMM files: counted, never published").isEqualTo(Map.of("agents.csv", 4L, "alerts.csv", 2L));
        assertThat(fieldNames(run.path("phasesOpened"))).containsExactlyInAnyOrder("schema", "companies", "contacts", "custom_data",
                "teammates", "conversations", "articles");
        assertThat(OffsetDateTime.parse(run.path("phasesOpened").path("companies").asText())).as("companies open only after the schema")
                .isAfterOrEqualTo(OffsetDateTime.parse(run.path("phasesOpened").path("schema").asText()));
    }

    @Test
    void mappingWasProposedFromTheSampleBeforeAnythingMoved() {
        List<String> files = new ArrayList<>();
        proposal.path("files").forEach(file -> files.add(file.path("file").asText() + " → " + file.path("target").asText()));
        assertThat(files).contains("customers.csv → company", "tickets.csv → conversation",
                "contracts.csv → company attributes (the customer's current contract), or the billing hand-off document",
                "tags.csv → tags of their company, contact or conversation");
        List<String> states = new ArrayList<>();
        proposal.path("ticketStates").forEach(state -> states.add(state.path("status").asText() + " → " + state.path("state").asText()));
        assertThat(states).containsExactlyInAnyOrder("Open → open", "Pending → snoozed", "Closed → closed", "Resolved → closed",
                "Waiting customer → snoozed");
        assertThat(run.path("objects").path("customer").path("sourceRows").asLong()).isEqualTo(10);
        assertThat(proposal.path("version").asInt()).isEqualTo(1);
        assertThat(edited.path("version").asInt()).isEqualTo(2);
        List<String> attributes = new ArrayList<>();
        manifest.path("attributes").forEach(attribute -> attributes.add(attribute.path("model").asText() + " "
                + attribute.path("name").asText() + " " + attribute.path("dataType").asText()));
        assertThat(manifest.path("confirmed").asBoolean()).isTrue();
        assertThat(attributes).contains("company business_number string", "company contract_tier string",
                "contact job_title string", "conversation atera_priority string", "conversation billable_hours decimal");
        assertThat(manifest.path("count").asInt()).isEqualTo(32);
    }

    @Test
    void scopeAndContactReconciliationReportsTellTheSamplesFigures() {
        String id = run.path("id").asText();
        JsonNode scope = Json.read(orchestrator.report(id, "scope", "json"), JsonNode.class);
        List<String> figures = new ArrayList<>();
        scope.path("files").forEach(file -> figures.add(file.path("file").asText() + " " + file.path("discoveredRows").asText() + " "
                + file.path("extractedRows").asText()));
        scope.path("createdDates").forEach(range -> figures.add(range.path("file").asText() + " " + range.path("earliest").asText()
                + " " + range.path("latest").asText()));
        scope.path("customFields").forEach(field -> figures.add(field.path("file").asText() + " " + field.path("field").asText() + " → "
                + field.path("model").asText() + " " + field.path("attribute").asText()));
        assertThat(figures).contains("customers.csv 10 10", "tickets.csv 6 6", "ticket_comments.csv 12 12",
                "contacts.csv 2018-03-01T00:00:00Z 2024-04-16T06:00:00Z", "tickets.csv 2025-06-02T17:00:00Z 2025-11-21T05:00:00Z",
                "customers.csv Contract Tier → company contract_tier", "contacts.csv Languages → contact languages");
        assertThat(Json.MAPPER.convertValue(scope.path("excludedRows"), new TypeReference<Map<String, Long>>() { }))
                .isEqualTo(Map.of("agents.csv", 4L, "alerts.csv", 2L));
        assertThat(scope.path("unknown").isEmpty()).isTrue();

        JsonNode contacts = Json.read(orchestrator.report(id, "contact-reconciliation", "json"), JsonNode.class);
        assertThat(contacts.path("contactsWithoutEmail").asText() + " " + contacts.path("contactsWithoutEmailInExport").asLong() + ", "
                + contacts.path("unknownRequesters").asText() + " " + contacts.path("ticketsWithUnknownRequesterInExport").asLong())
                .as("contact 2005 has no email and becomes a lead").isEqualTo("lead 1, contact 0");
        assertThat(contacts.path("rows").path("queued").size() + contacts.path("rows").path("merged").size()).isZero();
        assertThat(orchestrator.report(id, "contact-reconciliation", "markdown")).contains("The run's choice: `lead`: each becomes a lead. "
                + "Contacts without email in the export, as discovered: 1.");
    }

    @Test
    void schemaCreatedEveryTagOfTheExportOnceWhateverItsCase() {
        List<String> tags = new ArrayList<>();
        sandbox().get(stack.sandboxUrl().resolve("/tags")).body().path("data").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).containsExactlyInAnyOrder("law-firm", "key-contact", "network", "printer", "front-desk", "vpn", "onboarding",
                "backup");
    }

    @Test
    void sandboxHoldsExactlyTheExpectedCompaniesWithEveryMappedField() throws IOException {
        List<Map<String, Object>> expected = resource("expected-companies.json");
        JsonHttp sandbox = new JsonHttp(Map.of("Authorization", "Bearer " + LocalStack.SANDBOX_TOKEN, "Intercom-Version", "2.16"));

        List<JsonNode> all = allCompanies(sandbox);
        assertThat(all).extracting(company -> company.path("company_id").asText())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(company -> (String) company.get("company_id")).toList());

        for (Map<String, Object> company : expected) {
            JsonHttp.Answer answer = sandbox.get(stack.sandboxUrl().resolve("/companies?company_id=" + company.get("company_id")));
            assertThat(answer.status()).isEqualTo(200);
            JsonNode actual = answer.body().path("data").path(0);
            assertThat(actual.path("id").asText()).matches("[0-9a-f]{24}");
            Map<String, Object> written = Json.MAPPER.convertValue(actual, new TypeReference<>() { });
            assertThat(written).as("company %s", company.get("company_id"))
                    .containsEntry("name", company.get("name"))
                    .containsEntry("website", company.get("website"))
                    .containsEntry("remote_created_at", company.get("remote_created_at"))
                    .containsEntry("custom_attributes", company.get("custom_attributes"));
        }
    }

    @Test
    void everyBadRowIsOnTheRejectsTopicWithItsReason() throws IOException {
        List<Map<String, Object>> expected = resource("expected-rejects.json");

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), run.path("id").asText(),
                expected.size(), Duration.ofSeconds(30));

        assertThat(rejects).hasSize(expected.size());
        for (Map<String, Object> want : expected) {
            long line = ((Number) want.get("line")).longValue();
            Envelope<Reject> reject = rejects.stream()
                    .filter(r -> r.sourceRow().line() == line && r.sourceRow().file().equals(want.get("file"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no reject for " + want.get("file") + " line " + line + " in " + rejects));
            assertThat(reject.sourceId()).isEqualTo(want.get("sourceId"));
            assertThat(reject.payload().stage().wireName()).isEqualTo(want.get("stage"));
            assertThat(reject.payload().rule()).isEqualTo(want.get("rule"));
            assertThat(reject.payload().column()).isEqualTo(want.get("column"));
            assertThat(reject.payload().message()).startsWith(want.get("file") + " line " + line
                    + (want.get("column") == null ? "" : " column " + want.get("column")) + ": ");
            assertThat(reject.payload().original()).isNotBlank();
        }
    }

    @Test
    void everyHeldRowIsListedWithItsReason() {
        List<String> held = new ArrayList<>();
        orchestrator.unsuccessful(run.path("id").asText()).forEach(row -> {
            if ("HELD".equals(row.path("outcome").asText())) {
                held.add(row.path("file").asText() + ":" + row.path("line").asInt() + " " + row.path("reason").asText());
            }
        });
        String derived = "technicians (derived from tickets, comments and work hours)";
        String definition = "a custom field definition types the attribute its values are written to; it is not written itself";
        String inTheQueue = ": put in the run's teammate queue, for an operator to map to a teammate or to the fallback teammate";
        List<String> handedOff = new ArrayList<>();
        for (int line = 2; line <= 9; line++) {
            handedOff.add("sla_policies.csv:" + line + " SLA policies have no Intercom object; a contract's SLA is written by the policy's name, "
                    + "and each policy is listed in the sla-configuration report, for an admin to set up");
        }
        for (int line = 2; line <= 6; line++) {
            handedOff.add("automation_rules.csv:" + line + " configuration, not data: listed with its Intercom equivalent in the "
                    + "automation-inventory report, for an admin to set up");
        }
        for (int line = 2; line <= 4; line++) {
            handedOff.add("invoices.csv:" + line + " billing data, never loaded into Intercom: listed in the billing-handoff report, "
                    + "for the customer's billing tool");
        }
        assertThat(held).as("configuration and billing rows, held for their hand-off reports").containsAll(handedOff);
        held.removeAll(handedOff);
        assertThat(held).containsExactlyInAnyOrder(
                "contacts.csv:7 its company, CustomerID 1005, is not in Intercom: that customer was rejected, failed or held",
                "custom_fields.csv:2 " + definition,
                "custom_fields.csv:3 " + definition,
                "custom_fields.csv:4 " + definition,
                "custom_fields.csv:5 " + definition,
                derived + ":3 no Intercom teammate has the email ola@msp.example" + inTheQueue,
                derived + ":4 no Intercom teammate has the email kim.keys@msp.example" + inTheQueue,
                "tickets.csv:6 contact EndUserID 2007 is not in Intercom: it was rejected, failed or held");
    }

    @Test
    void slaConfigurationListsEachPolicyPerPriorityWithWhatToSetInIntercom() {
        String markdown = orchestrator.report(run.path("id").asText(), "sla-configuration", "markdown");
        assertThat(markdown).contains("## Gold 24x7 (SLAID 71)",
                "| Critical | 15 | 240 | false | Gold 24x7 – Critical | 15m | 4h | every hour (24/7) |",
                "| Low | 480 | 4800 | true | Standard business hours – Low | 8h | 3d 8h | office hours |",
                "Used by: contract 801 Northwind managed services (customer 1001).",
                "Used by: contract 802 Hartley hourly support (customer 1003).");
        assertThat(orchestrator.report(run.path("id").asText(), "sla-configuration", "csv").lines()).hasSize(1 + 8);
    }

    @Test
    void automationInventoryRecommendsAnIntercomEquivalentForEveryRule() {
        assertThat(orchestrator.report(run.path("id").asText(), "automation-inventory", "csv").lines()).containsExactly(
                "rule_id,name,kind,trigger,conditions,actions,active,intercom_equivalent",
                "601,Route printer tickets to Tom,TicketRule,Ticket created,Title contains 'printer',Assign to technician 301; add tag printer,"
                        + "true,Workflows",
                "602,Close resolved tickets after 3 days,TicketRule,Ticket status changed,Status is Resolved for 3 days,Set status Closed,"
                        + "false,Workflows",
                "603,Escalate critical tickets before first response,SlaEscalation,First response due in 10 minutes,Priority is Critical,"
                        + "Notify the team lead; raise to the on-call technician,true,\"SLAs, applied by Workflows\"",
                "604,Disk space critical,AlertPolicy,Alert raised,Disk free below 10%,Create a ticket; email the technician,true,"
                        + "none: it stays with the RMM",
                "605,Weekly customer digest,Other,Every Monday at 08:00,Customers with open tickets,Email the open-ticket digest,true,"
                        + "review by hand");
    }

    @Test
    void billingHandOffGivesHoursPerCompanyAndTicketContractsAndInvoices() {
        String csv = orchestrator.report(run.path("id").asText(), "billing-handoff", "csv");
        assertThat(csv.lines()).contains(
                "company,1001,1001,Northwind Dental Group,1 ticket,0.75,0.00,,,,",
                "company,1003,1003,\"Hartley, Moss & Partners LLP\",1 ticket,0.00,2.00,,,,",
                "ticket,5002,1002,Bluefin Logistics,T-5002 VPN drops every hour,1.50,0.00,,,,loaded",
                "invoice,7b9e4d12-0c3a-4f6e-8d21-5e6f7a8b1042,1003,\"Hartley, Moss & Partners LLP\",invoice 1042,,,300.00,GBP,2025-10-31,Sent");
        assertThat(csv.lines().filter(line -> line.startsWith("contract,"))).containsExactly(
                "contract,801,1001,Northwind Dental Group,\"Northwind managed services (Retainer, Monthly)\",,,2400.00,,2024-01-01/2026-12-31,"
                        + "written as company attributes",
                "contract,802,1003,\"Hartley, Moss & Partners LLP\",\"Hartley hourly support (Hourly, Monthly)\",,,150.00,,2023-06-01/,"
                        + "written as company attributes");
        assertThat(csv.lines().filter(line -> line.startsWith("ticket,"))).hasSize(6);
        assertThat(csv.lines().filter(line -> line.startsWith("invoice,"))).hasSize(3);
    }

    @Test
    void teammateSeatsShowTheMatchedTechniciansTheQueueAndTheFallbackTeammatesShare() {
        String markdown = orchestrator.report(run.path("id").asText(), "teammate-seats", "markdown");
        assertThat(markdown).contains("## Matched with a teammate (2)", "## In the teammate queue (2)",
                "- Tickets with a technician: 5", "- Their technician went to the fallback teammate: 2 (40.0%)",
                "- Unassigned tickets (no technician; the fallback teammate acts for them): 1");
        List<String> csv = orchestrator.report(run.path("id").asText(), "teammate-seats", "csv").lines().toList();
        assertThat(csv).contains("303,ola@msp.example,Ola Nordmann,,queue: sent to the fallback teammate,,2",
                "304,kim.keys@msp.example,Kim Keys,,queue: sent to the fallback teammate,,0");
        assertThat(csv).anySatisfy(line -> assertThat(line).matches("301,tom\\.tech@sandbox\\.example,Tom Tech,,matched by email,\\d+,2"));
    }

    @Test
    void techniciansNoTeammateMatchesWaitedInTheTeammateQueueUntilSentToTheFallback() {
        assertThat(sentToFallback).extracting(technician -> technician.path("technicianId").asText() + " "
                + technician.path("email").asText() + " " + technician.path("name").asText() + " "
                + technician.path("resolution").path("fallback").asBoolean())
                .containsExactlyInAnyOrder("303 ola@msp.example Ola Nordmann true", "304 kim.keys@msp.example Kim Keys true");
        JsonNode queue = orchestrator.teammateQueue(run.path("id").asText());
        assertThat(queue.path("complete").asBoolean()).isTrue();
        assertThat(queue.path("unresolved").asInt()).isZero();
    }

    @Test
    void sandboxHoldsExactlyTheExpectedContactsEachInItsCompany() throws IOException {
        List<Map<String, Object>> expected = resource("expected-contacts.json");

        List<JsonNode> contacts = new ArrayList<>();
        sandbox().get(stack.sandboxUrl().resolve("/contacts?per_page=150")).body().path("data").forEach(contacts::add);

        assertThat(contacts).extracting(contact -> contact.path("external_id").asText())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(contact -> (String) contact.get("external_id")).toList());
        for (Map<String, Object> want : expected) {
            JsonNode contact = contacts.stream().filter(c -> c.path("external_id").asText().equals(want.get("external_id")))
                    .findFirst().orElseThrow();
            Map<String, Object> written = Json.MAPPER.convertValue(contact, new TypeReference<>() { });
            assertThat(written).as("contact %s", want.get("external_id"))
                    .containsEntry("role", want.get("role"))
                    .containsEntry("email", want.get("email"))
                    .containsEntry("name", want.get("name"))
                    .containsEntry("phone", want.get("phone"))
                    .containsEntry("signed_up_at", want.get("signed_up_at"))
                    .containsEntry("custom_attributes", want.get("custom_attributes"));
            JsonNode companies = sandbox().get(stack.sandboxUrl().resolve("/contacts/" + contact.path("id").asText() + "/companies"))
                    .body().path("data");
            assertThat(companies).extracting(company -> company.path("company_id").asText())
                    .as("company of contact %s", want.get("external_id")).containsExactly((String) want.get("company"));
        }
    }

    @Test
    void sandboxHoldsExactlyTheExpectedConversationsWithEveryPartInOrder() throws IOException {
        List<Map<String, Object>> expected = resource("expected-conversations.json");
        Map<String, String> admins = new HashMap<>();
        sandbox().get(stack.sandboxUrl().resolve("/admins")).body().path("admins")
                .forEach(admin -> admins.put(admin.path("id").asText(), admin.path("email").asText()));
        Map<String, String> externalIds = new HashMap<>();
        sandbox().get(stack.sandboxUrl().resolve("/contacts?per_page=150")).body().path("data")
                .forEach(contact -> externalIds.put(contact.path("id").asText(), contact.path("external_id").asText()));

        List<JsonNode> conversations = new ArrayList<>();
        sandbox().get(stack.sandboxUrl().resolve("/conversations?per_page=150")).body().path("conversations").forEach(listed ->
                conversations.add(sandbox().get(stack.sandboxUrl().resolve("/conversations/" + listed.path("id").asText()
                        + "?display_as=plaintext")).body()));

        assertThat(conversations).extracting(c -> c.path("custom_attributes").path("atera_ticket_number").asText())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(c -> (String) c.get("atera_ticket_number")).toList());
        for (Map<String, Object> want : expected) {
            JsonNode conversation = conversations.stream().filter(c -> c.path("custom_attributes").path("atera_ticket_number").asText()
                    .equals(want.get("atera_ticket_number"))).findFirst().orElseThrow();
            String ticket = (String) want.get("atera_ticket_number");
            assertThat(conversation.path("title").asText()).as(ticket).isEqualTo(want.get("title"));
            assertThat(conversation.path("created_at").asLong()).as(ticket).isEqualTo(((Number) want.get("created_at")).longValue());
            assertThat(conversation.path("source").path("body").asText()).as(ticket).isEqualTo(want.get("opening"));
            assertThat(externalIds.get(conversation.path("contacts").path("contacts").path(0).path("id").asText()))
                    .as(ticket).isEqualTo(want.get("contact"));
            assertThat(conversation.path("state").asText()).as(ticket).isEqualTo(want.get("state"));
            assertThat(admins.get(conversation.path("admin_assignee_id").asText())).as(ticket).isEqualTo(want.get("assignee"));
            List<String> tags = new ArrayList<>();
            conversation.path("tags").path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
            assertThat(tags).as(ticket).containsExactlyInAnyOrderElementsOf((List<String>) want.get("tags"));
            assertThat(Json.MAPPER.convertValue(conversation.path("custom_attributes"), new TypeReference<Map<String, Object>>() { }))
                    .as(ticket).isEqualTo(want.get("attributes"));
            List<Map<String, Object>> parts = new ArrayList<>();
            conversation.path("conversation_parts").path("conversation_parts").forEach(part -> {
                String type = part.path("part_type").asText();
                if (type.equals("comment") || type.equals("note")) {
                    String authorId = part.path("author").path("id").asText();
                    parts.add(Map.of("type", type, "author", admins.getOrDefault(authorId, externalIds.getOrDefault(authorId, authorId)),
                            "created_at", part.path("created_at").asInt(), "attachments", part.path("attachments").size()));
                }
            });
            assertThat(parts).as(ticket).isEqualTo(want.get("parts"));
        }
    }

    @Test
    void helpCenterHoldsTheArticlesAsDraftsInTheirCollections() {
        Map<String, String> collections = new HashMap<>();
        sandbox().get(stack.sandboxUrl().resolve("/help_center/collections")).body().path("data")
                .forEach(collection -> collections.put(collection.path("id").asText(), collection.path("name").asText()));
        List<String> articles = new ArrayList<>();
        sandbox().get(stack.sandboxUrl().resolve("/articles")).body().path("data").forEach(article -> {
            List<String> path = new ArrayList<>();
            article.path("parent_ids").forEach(id -> path.add(collections.get(id.asText())));
            articles.add(article.path("title").asText() + " | " + article.path("state").asText() + " | " + String.join(" > ", path)
                    + " | " + article.path("body").asText().contains("Install the client from the portal."));
        });
        assertThat(articles).containsExactlyInAnyOrder(
                "Connecting to the office VPN | draft | Remote work > VPN | true",
                "Printer troubleshooting | draft | Hardware > Printers | false");
    }

    @Test
    void everyLoadedRecordIsReadBackFromIntercomAsTheMappingSaysItShouldBe() {
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verifiedRun.path("state").asText()).as("run %s", verifiedRun).isEqualTo("VERIFIED");
        JsonNode verification = verifiedRun.path("verification");
        assertThat(verification.path("mismatched").asLong()).as("verification %s", verification).isZero();
        assertThat(verification.path("missing").asLong()).as("verification %s", verification).isZero();
        assertThat(verification.path("notVerifiable").asLong()).as("verification %s", verification).isZero();
        assertThat(verification.path("verified").asLong()).as("verification %s", verification).isPositive()
                .isEqualTo(verification.path("records").asLong());
    }

    /**
     * Changes the workspace, so it runs after every test that reads it, and leaves it (and the run,
     * VERIFIED) as it found it.
     */
    @Test
    @Order(Order.DEFAULT + 1)
    void aRecordChangedBehindTheLoaderMakesVerifyExitOneAndIsReportedUntilItIsRestored() {
        String id = run.path("id").asText();
        JsonHttp.Answer found = sandbox().get(stack.sandboxUrl().resolve("/companies?company_id=1001"));
        String company = found.body().path("data").path(0).path("id").asText();
        assertThat(found.body().path("data").path(0).path("name").asText()).isEqualTo("Northwind Dental Group");
        OperatorCli.Result differences;
        JsonNode changed;
        try {
            assertThat(sandbox().put(stack.sandboxUrl().resolve("/companies/" + company), Map.of("name", "Renamed behind the loader"))
                    .status()).isEqualTo(200);
            differences = cli.run(null, "verify", id, "--follow");
            changed = orchestrator.run(id);
        } finally {
            assertThat(sandbox().put(stack.sandboxUrl().resolve("/companies/" + company), Map.of("name", "Northwind Dental Group"))
                    .status()).isEqualTo(200);
        }
        String mismatch = "| customer | 1001 | company | " + company + " | name | Northwind Dental Group | Renamed behind the loader |";
        assertThat(differences.exitCode()).as(differences.output()).isEqualTo(1);
        assertThat(differences.lines()).as("the report printed").contains(mismatch);
        assertThat(changed.path("state").asText()).as("run %s", changed).isEqualTo("COMPLETED_WITH_DIFFERENCES");
        assertThat(changed.path("verification").path("mismatched").asLong()).isEqualTo(1);
        OperatorCli.Result report = cli.run(null, "report", id, "--name", "verification");
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(report.lines()).contains(mismatch);

        OperatorCli.Result restored = cli.run(null, "verify", id, "--follow");
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        JsonNode again = orchestrator.run(id);
        assertThat(again.path("state").asText()).as("run %s", again).isEqualTo("VERIFIED");
        assertThat(again.path("verification").path("verified").asLong()).isEqualTo(verifiedRun.path("verification").path("verified").asLong());
    }

    @Test
    void operatorCommandsAnswerWithTheirExitCodes() throws IOException {
        String id = run.path("id").asText();
        assertThat(cli.run(null, "status", id).exitCode()).as("a completed, balanced run").isZero();
        Path written = Files.createTempDirectory("reports").resolve("reconciliation.csv");
        assertThat(cli.run(null, "report", id, "--format", "csv", "--output", written.toString()).exitCode()).isZero();
        assertThat(Files.readString(written)).startsWith("file,line,object,source_id,outcome,stage,rule,reason");
        assertThat(cli.run(null, "mapping", "show", id, "--json").lines()).singleElement()
                .satisfies(line -> assertThat(Json.MAPPER.readTree(line).path("confirmed").asBoolean()).isTrue());

        OperatorCli.Result refused = cli.run(null, "cancel", id);
        assertThat(refused.exitCode()).as("an ended run cannot be cancelled: " + refused.output()).isEqualTo(3);
        assertThat(cli.run(null, "status", "no-such-run").exitCode()).as("an unknown run").isEqualTo(3);
        assertThat(cli.withToken("not-the-operators-token").run(null, "status", id).exitCode()).as("a wrong token").isEqualTo(3);
        assertThat(cli.run(null, "status").exitCode()).as("no run named").isEqualTo(2);
        assertThat(cli.run(null, "status", id, "--orchestrator", "http://127.0.0.1:9").exitCode()).as("no orchestrator there")
                .isEqualTo(4);
    }

    @Test
    void everyReportOfTheRunIsServedAndWrittenToTheRunDirectory() throws IOException {
        String id = run.path("id").asText();
        Path directory = stack.runDirectory().resolve(id);
        List<String> names = orchestrator.reports(id);
        assertThat(names).contains("at-risk-links", "preflight", "reconciliation", "warnings");

        for (String name : names) {
            String markdown = orchestrator.report(id, name, "markdown");
            assertThat(markdown).as(name).startsWith("# ").contains(id);
            assertThat(Files.readString(directory.resolve(name + ".md")).lines().findFirst()).as(name)
                    .isEqualTo(markdown.lines().findFirst());
            Path csvFile = directory.resolve(name + ".csv");
            if (Files.exists(csvFile)) {
                assertThat(orchestrator.report(id, name, "csv").lines().findFirst()).as(name)
                        .isEqualTo(Files.readString(csvFile).lines().findFirst());
                assertThat(Json.MAPPER.readTree(orchestrator.report(id, name, "json"))).as(name)
                        .isEqualTo(Json.MAPPER.readTree(directory.resolve(name + ".json").toFile()));
            } else {
                assertThatThrownBy(() -> orchestrator.report(id, name, "csv")).as(name).isInstanceOfSatisfying(ApiRefused.class,
                        refused -> assertThat(refused.status()).isEqualTo(400));
            }
        }
    }

    @Test
    void everyServiceServesHealthPrometheusMetricsAndOpenApi() {
        JsonHttp http = new JsonHttp(Map.of());
        stack.services().forEach((name, url) -> {
            JsonHttp.Answer health = http.get(url.resolve("/q/health"));
            assertThat(health.status()).as(name + " health").isEqualTo(200);
            assertThat(health.body().path("status").asText()).as(name + " health").isEqualTo("UP");
            assertThat(PlainHttp.get(url.resolve("/q/metrics"))).as(name + " metrics").contains("# TYPE jvm_memory_used_bytes gauge");
            assertThat(PlainHttp.get(url.resolve("/q/openapi"))).as(name + " openapi").startsWith("---\nopenapi: 3.");
        });
    }

    private static JsonHttp sandbox() {
        return new JsonHttp(Map.of("Authorization", "Bearer " + LocalStack.SANDBOX_TOKEN, "Intercom-Version", "2.16"));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> allCompanies(JsonHttp sandbox) {
        List<JsonNode> companies = new ArrayList<>();
        String scrollParam = null;
        while (true) {
            URI page = stack.sandboxUrl().resolve("/companies/scroll" + (scrollParam == null ? "" : "?scroll_param=" + scrollParam));
            JsonHttp.Answer answer = sandbox.get(page);
            assertThat(answer.status()).isEqualTo(200);
            JsonNode data = answer.body().path("data");
            if (data.isEmpty()) {
                return companies;
            }
            data.forEach(companies::add);
            scrollParam = answer.body().path("scroll_param").asText();
        }
    }

    private static List<Map<String, Object>> resource(String name) throws IOException {
        try (InputStream in = SampleExportMigratesExactlyEndToEndIT.class.getResourceAsStream("/" + name)) {
            return Json.MAPPER.readValue(in, new TypeReference<>() { });
        }
    }
}
