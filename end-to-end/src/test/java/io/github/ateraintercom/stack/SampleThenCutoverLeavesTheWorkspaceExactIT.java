package io.github.ateraintercom.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.api.OrchestratorClient;
import io.github.ateraintercom.common.envelope.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's journey through the command line, on one stack and one workspace already in use:
 * discover the sample export, sample it and roll the sample back (the workspace is then exactly as
 * before), edit the mapping and sample again, keep that sample, run the full migration on top of it,
 * then at cutover a dry-run delta of a newer export (nothing written, the plan exact) and the delta
 * itself. Every Atera record is in the workspace once, as the newest export has it.
 */
@TestMethodOrder(OrderAnnotation.class)
class SampleThenCutoverLeavesTheWorkspaceExactIT {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final String SAMPLE_SIZE = "3";
    /** The customers' BusinessNumber, by CustomerID: the edited mapping writes it as registration_number. */
    private static final Map<String, String> BUSINESS_NUMBERS = Map.of("1001", "NW-558201", "1002", "BL-33017", "1003", "GB123456789",
            "1004", "FR40303265045", "1007", "SRCU-0042", "1008", "DE811569869");
    /** What the workspace had before anything ran: the journey must leave it alone. */
    private static final String KNOWN_COMPANY = "crm-0001";
    private static final String KNOWN_CONTACT = "already.here@customer.example";

    /**
     * What changed in the newer export, record by record (a comment by its ticket and date): the ticket
     * that changed carries its comments, work hours and custom values with it.
     */
    private static final Set<String> CUTOVER_CHANGES = Set.of(
            "customer 1007 UPDATE", "customer 1010 CREATE", "contact 2008 UPDATE",
            "ticket 5001 UPDATE", "ticket 5007 CREATE",
            "ticket_comment 5001/2025-10-06T08:35:00Z UPDATE", "ticket_comment 5001/2025-10-06T08:40:00Z UPDATE",
            "ticket_comment 5001/2025-10-06T09:05:00Z UPDATE", "ticket_comment 5001/2025-12-01T09:55:00Z UPDATE",
            "work_hour 9001 UPDATE", "custom_value Ticket/5001/Billable UPDATE");

    /**
     * What a dry run plans as creates although the delta holds them, as the full run did: the company
     * of contact 2006 and the contact of ticket 5005 were rejected. A dry run classifies by the ledger
     * alone and does not resolve what a record refers to (docs/delta.md).
     */
    private static final Set<String> PLANNED_BUT_HELD = Set.of("contact 2006 CREATE", "ticket 5005 CREATE");

    private static LocalStack stack;
    private static OperatorCli cli;
    private static OrchestratorClient orchestrator;
    private static Workspace workspace;
    private static String runId;
    /** The workspace once the export was discovered, before any sample. */
    private static JsonNode beforeSampling;
    private static String keptSample;
    /** The Intercom ids of what the kept sample wrote, by Atera id: the full run must write none of them again. */
    private static Map<String, String> keptCompanies;
    private static Map<String, String> keptContacts;
    private static Map<String, String> keptConversations;
    /** The technicians the operator sent to the fallback teammate for the first sample. */
    private static List<String> sentToFallback;
    /** The newer export taken at cutover. */
    private static Path cutover;

    @BeforeAll
    static void startTheStackOnAWorkspaceInUse() {
        stack = LocalStack.start(LocalStack.findRoot(), LocalStack.findRoot().resolve("end-to-end/target/e2e-journey"));
        cli = new OperatorCli(stack);
        orchestrator = stack.orchestrator();
        workspace = new Workspace(stack.sandboxUrl());
        workspace.create("/companies", Map.of("company_id", KNOWN_COMPANY, "name", "Known before the migration"));
        workspace.create("/contacts", Map.of("role", "user", "email", KNOWN_CONTACT, "name", "Known before the migration"));
        workspace.create("/tags", Map.of("name", "known-before"));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void discoveryProposesTheMappingAndWritesNothing() {
        JsonNode before = workspace.state();
        JsonNode discovered = json(cli.run(null, "discover", stack.root().resolve("samples/atera-export").toString(), "--target",
                stack.sandboxUrl().toString(), "--token-secret", LocalStack.TOKEN_SECRET, "--fallback-teammate",
                LocalStack.FALLBACK_TEAMMATE, "--json")).get(0);
        runId = discovered.path("run").path("id").asText();
        assertThat(discovered.path("mapping").path("version").asInt()).isEqualTo(1);
        assertThat(orchestrator.run(runId).path("state").asText()).isEqualTo("AWAITING_CONFIRMATION");
        beforeSampling = workspace.state();
        assertThat(beforeSampling).as("discovery reads the export and the workspace, and writes nothing").isEqualTo(before);
    }

    /** The guarantee: a sample followed by its rollback leaves the workspace exactly as it was. */
    @Test
    @Order(2)
    void sampleFollowedByRollbackLeavesTheWorkspaceExactlyAsBefore() {
        Sampled sampled = sample();
        sentToFallback = technicianIds(sampled.fallback());
        assertThat(sentToFallback).as("the sample's technicians no teammate matches, sent to the fallback teammate").isNotEmpty();
        JsonNode sample = orchestrator.run(sampled.id());
        assertThat(sample.path("kind").asText() + " of " + sample.path("parentRun").asText() + ", " + sample.path("sampleSize").asInt())
                .isEqualTo("SAMPLE of " + runId + ", 3");
        Map<String, JsonNode> conversations = workspace.conversations();
        assertThat(conversations).as("the sample wrote its tickets").isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(workspace.companies()).as("and their companies beside the one the workspace had").containsKey(KNOWN_COMPANY)
                .hasSizeGreaterThan(1);

        OperatorCli.Result verified = cli.run(null, "verify", sampled.id(), "--follow");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(orchestrator.run(sampled.id()).path("state").asText()).isEqualTo("VERIFIED");

        OperatorCli.Result report = cli.run(null, "report", sampled.id(), "--name", "sample");
        assertThat(report.exitCode()).as(report.output()).isZero();
        JsonNode chosen = Json.read(orchestrator.report(sampled.id(), "sample", "json"), JsonNode.class);
        List<String> covered = new ArrayList<>();
        chosen.path("cases").forEach(sampleCase -> {
            if (!sampleCase.path("records").isEmpty()) {
                covered.add(sampleCase.path("description").asText());
                assertThat(report.output()).as("the report names the case and its records")
                        .contains("| " + sampleCase.path("description").asText() + " | ");
            }
        });
        assertThat(covered).as("cases the sample covers").isNotEmpty();
        Set<String> ticketsCovering = new HashSet<>();
        chosen.path("cases").forEach(sampleCase -> {
            if (sampleCase.path("objectType").asText().equals("ticket")) {
                sampleCase.path("records").forEach(ticket -> ticketsCovering.add("T-" + ticket.asText()));
            }
        });
        assertThat(conversations.keySet()).as("the tickets covering a case are the ones written").containsAll(ticketsCovering);

        OperatorCli.Result rolledBack = cli.run(null, "rollback", sampled.id(), "--follow");
        assertThat(rolledBack.exitCode()).as(rolledBack.output()).isZero();
        assertThat(orchestrator.run(sampled.id()).path("state").asText()).isEqualTo("ROLLED_BACK");
        workspace.assertAsBefore(beforeSampling);
    }

    @Test
    @Order(3)
    void anEditedMappingIsWhatTheNextSampleWritesAndTheOperatorKeepsIt() throws IOException {
        Path edit = Files.createTempFile("mapping-edit", ".json");
        Files.writeString(edit, Json.MAPPER.writeValueAsString(Map.of("files", List.of(Map.of("file", "customers.csv", "fields", List.of(
                Map.of("column", "BusinessNumber", "target", Map.of("kind", "ATTRIBUTE", "attribute",
                        Map.of("name", "registration_number", "type", "STRING", "options", List.of())))))))));
        assertThat(json(cli.run(null, "mapping", "edit", runId, edit.toString(), "--json")).get(0).path("version").asInt()).isEqualTo(2);

        Sampled sampled = sample();
        assertThat(sampled.fallback()).as("the technicians resolved for the first sample are resolved the same way, unasked").isEmpty();
        keptSample = sampled.id();
        Map<String, JsonNode> companies = workspace.companies();
        companies.remove(KNOWN_COMPANY);
        assertThat(companies).as("the sample's companies").isNotEmpty();
        companies.forEach((companyId, company) -> {
            JsonNode attributes = company.path("custom_attributes");
            assertThat(attributes.has("business_number")).as("company %s has no business_number any more", companyId).isFalse();
            assertThat(attributes.path("registration_number").isMissingNode() ? null : attributes.path("registration_number").asText())
                    .as("company %s: its BusinessNumber, where the edit moved it", companyId).isEqualTo(BUSINESS_NUMBERS.get(companyId));
        });
        assertThat(companies.keySet()).as("a sampled company with a business number").containsAnyElementsOf(BUSINESS_NUMBERS.keySet());
        keptCompanies = Workspace.ids(companies);
        Map<String, JsonNode> contacts = workspace.contacts();
        contacts.values().removeIf(contact -> KNOWN_CONTACT.equals(contact.path("email").asText()));
        keptContacts = Workspace.ids(contacts);
        keptConversations = Workspace.ids(workspace.conversations());
        assertThat(orchestrator.run(runId).path("samples")).extracting(ref -> ref.path("id").asText() + " " + ref.path("state").asText())
                .endsWith(keptSample + " COMPLETED");
    }

    /** The full run updates or skips what the kept sample wrote: every Atera record is in the workspace once. */
    @Test
    @Order(4)
    void fullRunBuildsOnTheKeptSampleAndWritesEveryRecordOnce() throws IOException {
        Map<String, List<String>> keptParts = new TreeMap<>();
        workspace.conversations().forEach((ticket, conversation) -> keptParts.put(ticket, Workspace.partBodies(conversation)));
        json(cli.run(null, "mapping", "confirm", runId, "--json"));
        json(cli.run(null, "run", runId, "--json"));
        assertThat(technicianIds(json(cli.run(null, "teammates", "fallback-all", runId, "--json", "--timeout", "PT2M"))))
                .as("the technicians resolved for a sample are resolved the same way for the full run, unasked")
                .doesNotContainAnyElementsOf(sentToFallback);
        OperatorCli.Result followed = cli.run(null, "status", runId, "--follow");
        assertThat(followed.exitCode()).as(followed.output()).isZero();
        JsonNode run = orchestrator.run(runId);
        assertThat(run.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(run.path("balanced").asBoolean()).isTrue();
        assertThat(run.path("changes").path("skip").asLong()).as("what the kept sample wrote, unchanged: skipped; changes %s",
                run.path("changes")).isGreaterThanOrEqualTo(keptCompanies.size() + keptContacts.size() + keptConversations.size());
        assertThat(run.path("changes").path("create").asLong()).as("the rest: created").isPositive();

        Map<String, JsonNode> companies = workspace.companies();
        Map<String, JsonNode> contacts = workspace.contacts();
        Map<String, JsonNode> conversations = workspace.conversations();
        assertThat(companies.keySet()).as("each company once").containsExactlyInAnyOrderElementsOf(
                union(ids("expected-companies.json", "company_id"), KNOWN_COMPANY));
        assertThat(contacts.keySet()).as("each contact once (the one known before has no external id)").containsExactlyInAnyOrderElementsOf(
                union(ids("expected-contacts.json", "external_id"), ""));
        assertThat(conversations.keySet()).as("each conversation once").containsExactlyInAnyOrderElementsOf(
                ids("expected-conversations.json", "atera_ticket_number"));
        assertThat(Workspace.ids(companies)).as("the kept sample's companies, not written again").containsAllEntriesOf(keptCompanies);
        assertThat(Workspace.ids(contacts)).as("the kept sample's contacts, not written again").containsAllEntriesOf(keptContacts);
        assertThat(Workspace.ids(conversations)).as("the kept sample's conversations, not written again")
                .containsAllEntriesOf(keptConversations);
        keptParts.forEach((ticket, parts) -> assertThat(Workspace.partBodies(conversations.get(ticket)))
                .as("%s: its parts once", ticket).isEqualTo(parts));
    }

    /** At cutover, a dry run of the delta tells exactly what changed in the newer export and writes nothing. */
    @Test
    @Order(5)
    void dryRunDeltaPlansExactlyWhatChangedAndWritesNothing() throws IOException {
        cutover = CutoverExport.of(stack.root().resolve("samples/atera-export"), Files.createTempDirectory("atera-export-cutover"));
        JsonNode before = workspace.state();
        List<JsonNode> followed = json(cli.run(null, "delta", runId, "--source", cutover.toString(), "--dry-run", "--follow", "--json"));
        String dryRun = followed.get(followed.size() - 1).path("id").asText();
        JsonNode run = orchestrator.run(dryRun);
        assertThat(run.path("kind").asText() + " of " + run.path("baseRun").asText() + ", dry run " + run.path("dryRun").asBoolean()
                + ", " + run.path("state").asText()).isEqualTo("DELTA of " + runId + ", dry run true, COMPLETED");
        assertThat(run.path("balanced").asBoolean()).isTrue();
        assertThat(workspace.state()).as("a dry run writes nothing").isEqualTo(before);

        JsonNode plan = Json.read(orchestrator.report(dryRun, "delta", "json"), JsonNode.class);
        assertThat(plan.path("written").asBoolean()).isFalse();
        Set<String> planned = new TreeSet<>(CUTOVER_CHANGES);
        planned.addAll(PLANNED_BUT_HELD);
        assertThat(changed(plan, "PLANNED")).as("the plan: what changed, and nothing else").isEqualTo(planned);
        plan.path("records").forEach(record -> assertThat(record.path("outcome").asText()).as("record %s", record)
                .isIn("PLANNED", "REJECTED", "HELD"));
    }

    /** The delta itself: the workspace as the newer export has it, each record once, verified. */
    @Test
    @Order(6)
    void deltaBringsTheWorkspaceUpToTheNewerExportWithoutDuplicates() {
        Map<String, String> companiesBefore = Workspace.ids(workspace.companies());
        Map<String, String> contactsBefore = Workspace.ids(workspace.contacts());
        Map<String, JsonNode> conversationsBefore = workspace.conversations();
        OperatorCli.Result followed = cli.run(null, "delta", runId, "--source", cutover.toString(), "--follow");
        assertThat(followed.exitCode()).as(followed.output()).isZero();
        Matcher started = Pattern.compile("Run (\\S+): \\w+, delta of run " + runId).matcher(followed.lines().get(0));
        assertThat(started.find()).as(followed.lines().get(0)).isTrue();
        String delta = started.group(1);
        JsonNode run = orchestrator.run(delta);
        assertThat(run.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(run.path("balanced").asBoolean()).isTrue();

        Map<String, JsonNode> companies = workspace.companies();
        assertThat(companies.keySet()).containsExactlyInAnyOrderElementsOf(union(companiesBefore.keySet(), CutoverExport.NEW_CUSTOMER));
        assertThat(Workspace.ids(companies)).as("updated in place").containsAllEntriesOf(companiesBefore);
        assertThat(companies.get(CutoverExport.RENAMED_CUSTOMER).path("name").asText()).isEqualTo(CutoverExport.NEW_NAME);
        assertThat(companies.get(CutoverExport.NEW_CUSTOMER).path("name").asText()).isEqualTo(CutoverExport.NEW_CUSTOMER_NAME);
        Map<String, JsonNode> contacts = workspace.contacts();
        assertThat(Workspace.ids(contacts)).as("the same contacts").isEqualTo(contactsBefore);
        assertThat(contacts.get(CutoverExport.CHANGED_CONTACT).path("phone").asText()).isEqualTo(CutoverExport.NEW_PHONE);
        Map<String, JsonNode> conversations = workspace.conversations();
        assertThat(conversations.keySet()).containsExactlyInAnyOrderElementsOf(union(conversationsBefore.keySet(), CutoverExport.NEW_TICKET));
        assertThat(Workspace.ids(conversations)).as("updated in place").containsAllEntriesOf(Workspace.ids(conversationsBefore));
        JsonNode resolved = conversations.get(CutoverExport.RESOLVED_TICKET);
        List<String> parts = new ArrayList<>(Workspace.partBodies(conversationsBefore.get(CutoverExport.RESOLVED_TICKET)));
        parts.add(CutoverExport.NEW_COMMENT);
        assertThat(Workspace.partBodies(resolved)).as("its parts, and the new comment once").isEqualTo(parts);
        assertThat(resolved.path("state").asText() + " " + resolved.path("custom_attributes").path("atera_status").asText())
                .isEqualTo("closed Resolved");
        assertThat(conversations.get(CutoverExport.NEW_TICKET).path("title").asText()).isEqualTo(CutoverExport.NEW_TICKET_TITLE);
        conversationsBefore.forEach((ticket, conversation) -> {
            if (!ticket.equals(CutoverExport.RESOLVED_TICKET)) {
                assertThat(Workspace.partBodies(conversations.get(ticket))).as(ticket).isEqualTo(Workspace.partBodies(conversation));
            }
        });

        JsonNode report = Json.read(orchestrator.report(delta, "delta", "json"), JsonNode.class);
        assertThat(report.path("written").asBoolean()).isTrue();
        assertThat(changed(report, "LOADED")).as("the delta did what its dry run planned").isEqualTo(CUTOVER_CHANGES);
        List<String> held = new ArrayList<>();
        report.path("records").forEach(record -> {
            if (record.path("outcome").asText().equals("HELD")) {
                held.add(record.path("objectType").asText() + " " + record.path("sourceId").asText() + " CREATE");
            }
        });
        assertThat(held).as("held as in the full run, since what they refer to is not in Intercom").containsAll(PLANNED_BUT_HELD);
        OperatorCli.Result markdown = cli.run(null, "report", delta, "--name", "delta");
        assertThat(markdown.exitCode()).as(markdown.output()).isZero();
        report.path("objects").fields().forEachRemaining(object -> assertThat(markdown.output()).contains("| " + object.getKey() + " | "
                + object.getValue().path("create").asLong() + " | " + object.getValue().path("update").asLong() + " | "
                + object.getValue().path("skip").asLong() + " | "));

        OperatorCli.Result verified = cli.run(null, "verify", delta, "--follow");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(orchestrator.run(delta).path("state").asText()).isEqualTo("VERIFIED");
    }

    /** Once runs of every kind (samples, a full run, a dry run and a delta) have run: nothing the dashboard charts is missing. */
    @Test
    @Order(7)
    void everyMetricTheDashboardChartsIsServed() throws IOException {
        String dashboard = Files.readString(stack.root().resolve("deploy/grafana/migration-dashboard.json"));
        Matcher metric = Pattern.compile("\\b((?:migration|intercom)_[a-z_]+)").matcher(dashboard);
        Set<String> charted = new TreeSet<>();
        while (metric.find()) {
            charted.add(metric.group(1));
        }
        assertThat(charted).as("the dashboard's metrics").contains("migration_run_records", "intercom_requests_total",
                "intercom_quota_used");
        String served = stack.services().values().stream().map(url -> PlainHttp.get(url.resolve("/q/metrics")))
                .reduce("", String::concat);
        assertThat(charted).allSatisfy(name -> assertThat(served).as("a service serves " + name).containsPattern("(?m)^" + name + "[{ ]"));
    }

    /**
     * Every record of a delta's report whose change is not a skip, as "object id change" (a comment by
     * its ticket and date); each must have the outcome given.
     */
    private static Set<String> changed(JsonNode report, String outcome) {
        Set<String> changed = new TreeSet<>();
        report.path("records").forEach(record -> {
            String change = record.path("change").asText();
            if (!change.equals("SKIP") && !record.path("change").isNull()) {
                assertThat(record.path("outcome").asText()).as("record %s", record).isEqualTo(outcome);
                String id = record.path("sourceId").asText();
                if (record.path("objectType").asText().equals("ticket_comment")) {
                    id = id.substring(0, id.indexOf('/', id.indexOf('/') + 1));
                }
                changed.add(record.path("objectType").asText() + " " + id + " " + change);
            }
        });
        return changed;
    }

    private static List<String> technicianIds(List<JsonNode> technicians) {
        return technicians.stream().map(technician -> technician.path("technicianId").asText()).toList();
    }

    private static Set<String> union(Set<String> set, String more) {
        Set<String> union = new HashSet<>(set);
        union.add(more);
        return union;
    }

    /** The sample run of the discovered run, followed to its end while the teammate queue is answered beside it. */
    private static Sampled sample() {
        Set<String> earlier = new HashSet<>();
        orchestrator.run(runId).path("samples").forEach(ref -> earlier.add(ref.path("id").asText()));
        CompletableFuture<OperatorCli.Result> followed = CompletableFuture.supplyAsync(
                () -> cli.run(null, "sample", runId, "--size", SAMPLE_SIZE, "--follow"));
        // the operator's second terminal: the sample's conversations wait for its technicians no teammate matches
        String id = await().atMost(WAIT).until(() -> {
            for (JsonNode ref : orchestrator.run(runId).path("samples")) {
                if (!earlier.contains(ref.path("id").asText())) {
                    return ref.path("id").asText();
                }
            }
            return null;
        }, found -> found != null);
        List<JsonNode> fallback = json(cli.run(null, "teammates", "fallback-all", id, "--json", "--timeout", "PT2M"));
        OperatorCli.Result result = ended(followed);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.lines().get(0)).startsWith("Sample " + id + " of run " + runId + " (3 records of each object)");
        JsonNode sample = orchestrator.run(id);
        assertThat(sample.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(sample.path("balanced").asBoolean()).isTrue();
        return new Sampled(id, fallback);
    }

    /** A sample that completed, and the technicians the operator sent to the fallback teammate for it. */
    private record Sampled(String id, List<JsonNode> fallback) {
    }

    private static OperatorCli.Result ended(CompletableFuture<OperatorCli.Result> command) {
        try {
            return command.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the command did not end", e);
        }
    }

    /** The JSON documents a command printed with --json, one per line; the command must have succeeded. */
    private static List<JsonNode> json(OperatorCli.Result result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
        List<JsonNode> documents = new ArrayList<>();
        for (String line : result.lines()) {
            documents.add(Json.read(line, JsonNode.class));
        }
        return documents;
    }

    private static Set<String> ids(String resource, String key) throws IOException {
        try (InputStream in = SampleThenCutoverLeavesTheWorkspaceExactIT.class.getResourceAsStream("/" + resource)) {
            List<Map<String, Object>> records = Json.MAPPER.readValue(in, new TypeReference<>() { });
            Set<String> ids = new HashSet<>();
            records.forEach(record -> ids.add((String) record.get(key)));
            return ids;
        }
    }
}
