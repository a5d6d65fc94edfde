package io.github.ateraintercom.loader.conversation;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.ConversationPart.Author;
import io.github.ateraintercom.common.intercom.ConversationPart.Kind;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Conversations written to the sandbox through the real broker and database, after their contacts and teammates. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class ConversationLoadingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);
    private static final String OWNER = "owner@sandbox.example";
    private static final String TOM = "tom.tech@sandbox.example";

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Inject
    Ledger ledger;

    @Test
    void ticketBecomesAConversationWithEveryPartInOrderItsAttributesAssigneeAndState() {
        String runId = startRun(OWNER);
        String endUser = loadContact(runId);
        loadTeammates(runId);
        List<String> screenshots = IntStream.rangeClosed(1, 12).mapToObj(i -> "https://files.example/shot-" + i + ".png").toList();
        ConversationCommand ticket = new ConversationCommand(endUser, "301",
                part(ObjectType.TICKET, "5001", 2, Author.CONTACT, endUser, Kind.COMMENT, "Printer <b>offline</b>", 1759738500L, List.of()),
                List.of(part(ObjectType.TICKET_COMMENT, "c1", 2, Author.TECHNICIAN, "301", Kind.NOTE, "DHCP again?", 1759739700L, List.of()),
                        part(ObjectType.TICKET_COMMENT, "c2", 3, Author.CONTACT, endUser, Kind.COMMENT, "Screenshots", 1759740000L, screenshots),
                        part(ObjectType.TICKET_COMMENT, "c3", 4, Author.TECHNICIAN, "303", Kind.COMMENT, "Fixed it", 1759741500L, List.of()),
                        part(ObjectType.TICKET_COMMENT, "c4", 5, Author.SYSTEM, null, Kind.NOTE, "Closed by rule", 1759741560L, List.of())),
                "Printer offline", Map.of("atera_ticket_number", "T-5001", "billable_hours", 0.75), List.of("printer"),
                ConversationCommand.State.CLOSED,
                List.of(new SourceRef(ObjectType.WORK_HOUR, "9001", new SourceRow("work_hours.csv", 2))));

        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, conversation(runId, "5001", ticket));
        assertThat(conversationResults(runId, 1, 3, Duration.ofSeconds(3))).as("the conversations phase is closed").isEmpty();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));

        List<Envelope<LoadResult>> results = conversationResults(runId, 6, 3, WAIT);
        assertThat(results).extracting(result -> result.sourceRow().file() + ":" + result.sourceRow().line()).containsExactlyInAnyOrder(
                "tickets.csv:2", "ticket_comments.csv:2", "ticket_comments.csv:3", "ticket_comments.csv:4", "ticket_comments.csv:5",
                "work_hours.csv:2");
        String conversationId = results.get(0).payload().intercomId();
        assertThat(results).allSatisfy(result -> assertThat(result.payload()).isEqualTo(LoadResult.loaded(conversationId)));

        JsonPath conversation = sandbox().get("/conversations/" + conversationId).then().statusCode(200).extract().jsonPath();
        assertThat(conversation.getString("source.body")).as("sent as plain text").isEqualTo("<p>Printer offline</p>");
        assertThat(conversation.getLong("created_at")).isEqualTo(1759738500L);
        assertThat(conversation.getString("title")).isEqualTo("Printer offline");
        assertThat(conversation.getMap("custom_attributes")).containsEntry("atera_ticket_number", "T-5001")
                .containsEntry("billable_hours", 0.75f);
        assertThat(conversation.getList("tags.tags.name", String.class)).containsExactly("printer");
        assertThat(conversation.getString("state")).isEqualTo("closed");
        assertThat(conversation.getString("admin_assignee_id")).isEqualTo(adminId(TOM));
        List<Map<String, Object>> parts = conversation.getList("conversation_parts.conversation_parts");
        List<Map<String, Object>> written = parts.stream().filter(part -> List.of("comment", "note").contains(part.get("part_type"))).toList();
        assertThat(written).extracting(part -> part.get("part_type") + " " + ((Map<?, ?>) part.get("author")).get("id") + " "
                + part.get("created_at") + " " + ((List<?>) part.get("attachments")).size()).containsExactly(
                "note " + adminId(TOM) + " 1759739700 0",
                "comment " + contactIntercomId(runId, endUser) + " 1759740000 10",
                "note " + adminId(TOM) + " 1759740000 2",
                "comment " + adminId(OWNER) + " 1759741500 0",
                "note " + adminId(TOM) + " 1759741560 0");
        assertThat(parts).extracting(part -> part.get("part_type")).contains("assignment", "close");
    }

    @Test
    void restartResumesAtTheNextStepAndALostCreateIsFoundAgain() {
        String runId = startRun(OWNER);
        String endUser = loadContact(runId);
        loadTeammates(runId);
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));
        String contact = contactIntercomId(runId, endUser);
        // a create whose answer was lost: the intent is recorded, the conversation exists, its id is not in the ledger
        ledger.intend(runId, ObjectType.TICKET, "6001");
        String lost = sandbox().contentType(ContentType.JSON).body(Map.of("from", Map.of("type", "user", "id", contact),
                "body", "VPN drops", "created_at", 1758402060L)).post("/conversations").then().statusCode(200)
                .extract().path("conversation_id");
        // a restart after two steps: created and the first reply written
        String half = sandbox().contentType(ContentType.JSON).body(Map.of("from", Map.of("type", "user", "id", contact),
                "body", "Mail bounces", "created_at", 1758502060L)).post("/conversations").then().statusCode(200)
                .extract().path("conversation_id");
        sandbox().contentType(ContentType.JSON).body(Map.of("message_type", "note", "type", "admin", "admin_id", adminId(TOM),
                "body", "Checking MX", "created_at", 1758502100L)).post("/conversations/" + half + "/reply").then().statusCode(200);
        ledger.advance(runId, ObjectType.TICKET, "6002", half, 2);

        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, conversation(runId, "6001", simple(endUser, "VPN drops", 1758402060L,
                part(ObjectType.TICKET_COMMENT, "d1", 7, Author.TECHNICIAN, "301", Kind.COMMENT, "Looking", 1758402100L, List.of()))));
        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, conversation(runId, "6002", simple(endUser, "Mail bounces", 1758502060L,
                part(ObjectType.TICKET_COMMENT, "e1", 8, Author.TECHNICIAN, "301", Kind.NOTE, "Checking MX", 1758502100L, List.of()),
                part(ObjectType.TICKET_COMMENT, "e2", 9, Author.TECHNICIAN, "301", Kind.COMMENT, "Fixed", 1758502200L, List.of()))));

        List<Envelope<LoadResult>> results = conversationResults(runId, 5, 3, WAIT);
        assertThat(results.stream().filter(result -> result.sourceId().equals("6001")).findFirst().orElseThrow().payload())
                .isEqualTo(LoadResult.loaded(lost));
        assertThat(results.stream().filter(result -> result.sourceId().equals("6002")).findFirst().orElseThrow().payload())
                .isEqualTo(LoadResult.loaded(half));
        assertThat(bodies(lost)).containsExactly("Looking");
        assertThat(bodies(half)).as("the note written before the restart is not written again").containsExactly("Checking MX", "Fixed");
        assertThat(sandbox().contentType(ContentType.JSON).body(Map.of("query", Map.of("field", "contact_ids", "operator", "=",
                "value", contact))).post("/conversations/search").then().statusCode(200).extract().jsonPath()
                .getList("conversations.id", String.class)).containsExactlyInAnyOrder(lost, half);
    }

    @Test
    void writesWhoseAnswerIsLostAreNeitherRepeatedNorMissing() {
        String runId = startRun(OWNER);
        // Intercom applies every create and reply, then the connection drops before the answer
        List<String> rules = List.of(fault("/contacts"), fault("/conversations"), fault("/conversations/*/reply"));
        try {
            String endUser = loadContact(runId);
            loadTeammates(runId);
            TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));
            TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, conversation(runId, "8001", simple(endUser, "Disk full", 1758402060L,
                    part(ObjectType.TICKET_COMMENT, "g1", 21, Author.TECHNICIAN, "301", Kind.NOTE, "Checking", 1758402100L, List.of()),
                    part(ObjectType.TICKET_COMMENT, "g2", 22, Author.CONTACT, endUser, Kind.COMMENT, "Thanks", 1758402200L, List.of()))));

            List<Envelope<LoadResult>> results = conversationResults(runId, 3, 3, WAIT);
            String conversationId = results.get(0).payload().intercomId();
            assertThat(results).extracting(Envelope::payload).containsOnly(LoadResult.loaded(conversationId));
            assertThat(bodies(conversationId)).containsExactly("Checking", "Thanks");
            String contact = contactIntercomId(runId, endUser);
            assertThat(ledger.find(runId, ObjectType.CONTACT, endUser).orElseThrow().origin)
                    .as("the contact the lost create made is the run's own").isEqualTo(LedgerEntry.Origin.CREATED);
            assertThat(sandbox().contentType(ContentType.JSON).body(Map.of("query", Map.of("field", "contact_ids", "operator", "=",
                    "value", contact))).post("/conversations/search").then().statusCode(200).extract().jsonPath()
                    .getList("conversations.id", String.class)).containsExactly(conversationId);
        } finally {
            rules.forEach(id -> sandbox().delete("/sandbox/faults/" + id).then().statusCode(204));
        }
    }

    @Test
    void conversationWhoseReferencesCannotBeResolvedIsHeldWithEveryCarriedRow() {
        String runId = startRun(null);
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));
        String endUser = loadContact(runId);

        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, conversation(runId, "7001", simple("never-loaded", "Hello", 1758402060L)));
        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, conversation(runId, "7002", simple(endUser, "Hello", 1758402060L,
                part(ObjectType.TICKET_COMMENT, "f1", 11, Author.TECHNICIAN, "399", Kind.COMMENT, "Hi", 1758402100L, List.of()))));

        List<Envelope<LoadResult>> results = conversationResults(runId, 3, 1, WAIT);
        assertThat(results).extracting(result -> result.sourceId() + " " + result.payload()).containsExactlyInAnyOrder(
                "7001 " + LoadResult.held("contact EndUserID never-loaded is not in Intercom: it was rejected, failed or held"),
                "7002 " + LoadResult.held("technician 399 matches no Intercom teammate and the run names no fallback teammate"),
                "f1 " + LoadResult.held("technician 399 matches no Intercom teammate and the run names no fallback teammate"));
        assertThat(ledger.find(runId, ObjectType.TICKET, "7002")).as("nothing was written").isEmpty();
    }

    /** A fault rule on POST {@code path}: the write is applied, then the connection drops; answers its id. */
    private static String fault(String path) {
        return given().baseUri(SandboxServer.baseUrl().toString()).contentType(ContentType.JSON)
                .body(Map.of("method", "POST", "path", path, "drop_after_write", 1.0))
                .post("/sandbox/faults").then().statusCode(201).extract().path("id").toString();
    }

    private String startRun(String fallbackTeammate) {
        return LoaderRuns.start(sandboxUrl, fallbackTeammate, null);
    }

    /** A contact loaded the way a run loads it; answers its EndUserID. */
    private String loadContact(String runId) {
        String endUser = "u-" + UUID.randomUUID();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, Envelope.of(runId, ObjectType.CONTACT, endUser, new SourceRow("contacts.csv", 2),
                new ContactCommand(new ContactBody("user", endUser, endUser + "@acme.example", null, "Grace", null, null), null)));
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).filteredOn(result -> result.sourceId().equals(endUser))
                .extracting(result -> result.payload().status()).containsExactly(LoadResult.Status.LOADED);
        return endUser;
    }

    /** Technician 301 matches Tom Tech (whatever the case of the email); 303 matches no one. */
    private void loadTeammates(String runId) {
        TopicWriter.control(new PhaseOpened(runId, Phase.TEAMMATES));
        TopicWriter.envelope(Topics.INTERCOM_TEAMMATES, Envelope.of(runId, ObjectType.TECHNICIAN, "301",
                new SourceRow("technicians.csv", 2), new TeammateCommand("Tom.Tech@Sandbox.example", "Tom Tech", true)));
        TopicWriter.envelope(Topics.INTERCOM_TEAMMATES, Envelope.of(runId, ObjectType.TECHNICIAN, "303",
                new SourceRow("technicians.csv", 3), new TeammateCommand("ola@msp.example", "Ola Nordmann", true)));
        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 3, WAIT).stream()
                .filter(result -> result.objectType() == ObjectType.TECHNICIAN).toList();
        assertThat(results).extracting(result -> result.sourceId() + " " + result.payload()).containsExactlyInAnyOrder(
                "301 " + LoadResult.loaded(adminId(TOM)),
                "303 " + LoadResult.unmatched(LoadResult.Status.HELD, "no Intercom teammate has the email ola@msp.example: put in "
                        + "the run's teammate queue, for an operator to map to a teammate or to the fallback teammate",
                        new TeammateCommand("ola@msp.example", "Ola Nordmann", true)));
    }

    /** The run's results beyond its contacts and teammates ({@code others} of them). */
    private List<Envelope<LoadResult>> conversationResults(String runId, int expected, int others, Duration wait) {
        return TopicReader.read(Topics.RESULTS, RESULTS, runId, expected + others, wait).stream()
                .filter(result -> result.objectType() != ObjectType.CONTACT && result.objectType() != ObjectType.TECHNICIAN).toList();
    }

    private String contactIntercomId(String runId, String endUser) {
        return ledger.find(runId, ObjectType.CONTACT, endUser).orElseThrow().intercomId;
    }

    private static ConversationCommand simple(String contact, String opening, long createdAt, ConversationPart... parts) {
        return new ConversationCommand(contact, null, part(ObjectType.TICKET, "t", 2, Author.CONTACT, contact, Kind.COMMENT, opening,
                createdAt, List.of()), List.of(parts), null, Map.of(), List.of(), ConversationCommand.State.OPEN, List.of());
    }

    private static ConversationPart part(ObjectType type, String id, long line, Author author, String authorId, Kind kind, String body,
                                         long createdAt, List<String> attachments) {
        return new ConversationPart(new SourceRef(type, id, new SourceRow(type.fileName(), line)), author, authorId, kind, body,
                createdAt, attachments);
    }

    private static Envelope<ConversationCommand> conversation(String runId, String ticketId, ConversationCommand command) {
        return Envelope.of(runId, ObjectType.TICKET, ticketId, new SourceRow("tickets.csv", 2), command);
    }

    private static List<String> bodies(String conversationId) {
        List<Map<String, Object>> parts = sandbox().queryParam("display_as", "plaintext").get("/conversations/" + conversationId)
                .then().statusCode(200).extract().jsonPath().getList("conversation_parts.conversation_parts");
        return parts.stream().filter(part -> List.of("comment", "note").contains(part.get("part_type")))
                .map(part -> (String) part.get("body")).toList();
    }

    private static String adminId(String email) {
        return sandbox().get("/admins").then().statusCode(200).extract().jsonPath()
                .getString("admins.find { it.email == '" + email + "' }.id");
    }

    private static RequestSpecification sandbox() {
        return given().baseUri(SandboxServer.baseUrl().toString()).header("Authorization", "Bearer " + SandboxServer.TOKEN);
    }
}
