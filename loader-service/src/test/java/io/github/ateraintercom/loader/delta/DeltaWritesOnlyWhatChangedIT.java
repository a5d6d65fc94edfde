package io.github.ateraintercom.loader.delta;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.RollbackOrdered;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.ConversationPart.Author;
import io.github.ateraintercom.common.intercom.ConversationPart.Kind;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.LoadResult.Change;
import io.github.ateraintercom.common.rollback.EntryRolledBack;
import io.github.ateraintercom.common.rollback.RollbackFinished;
import io.github.ateraintercom.common.rollback.RollbackMessage;
import io.github.ateraintercom.common.topics.Topics;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delta run against a newer export, through the real broker, database and sandbox: what is new is
 * created, what changed is updated (a conversation gets only its new parts, its new title and
 * state), what did not change is skipped without a single write; a dry run plans the same without
 * writing anything; a rollback of the delta removes only what it created.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class DeltaWritesOnlyWhatChangedIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);
    private static final String OWNER = "owner@sandbox.example";
    /** A newer export: every row sits lower in its file. */
    private static final int SHIFTED = 100;

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    /** The records of one test, named apart from every other test's in the shared sandbox. */
    private final String key = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void deltaWithNewChangedAndUnchangedRecordsYieldsTheExactEndStateAndNoDuplicates() {
        String base = start(List.of(), false);
        load(base, baseExport(), 0);
        Map<String, Long> writesBefore = writes();

        String delta = start(List.of(base), false);
        Map<String, LoadResult> results = load(delta, deltaExport(), SHIFTED);

        assertThat(changes(results)).as("what the delta did with each record").containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(id("c1"), Change.SKIP), Map.entry(id("c2"), Change.UPDATE), Map.entry(id("c3"), Change.CREATE),
                Map.entry(id("x"), Change.SKIP), Map.entry(id("y"), Change.UPDATE), Map.entry(id("z"), Change.CREATE),
                Map.entry(id("t1"), Change.SKIP), Map.entry(id("p11"), Change.SKIP),
                Map.entry(id("t2"), Change.UPDATE), Map.entry(id("p21"), Change.UPDATE), Map.entry(id("p22"), Change.UPDATE),
                Map.entry(id("p23"), Change.UPDATE),
                Map.entry(id("t3"), Change.UPDATE), Map.entry(id("t4"), Change.CREATE), Map.entry(id("p41"), Change.CREATE),
                Map.entry(id("a1"), Change.SKIP), Map.entry(id("a2"), Change.UPDATE)));
        assertThat(results).allSatisfy((row, result) -> assertThat(result.status()).as(row).isEqualTo(LoadResult.Status.LOADED));
        assertThat(results.get(id("c2")).detail()).isEqualTo("name");
        assertThat(results.get(id("y")).detail()).isEqualTo("phone");
        assertThat(results.get(id("t2")).detail()).isEqualTo("2 new parts, title, state open → closed");
        assertThat(results.get(id("t3")).detail()).isEqualTo("state closed → open");

        assertEndState(results);
        Map<String, Long> writesByDelta = difference(writes(), writesBefore);
        // the sandbox counts by path template: exactly the writes of c2, c3, y, z, t2 (two parts, title, close), t3 (reopen),
        // t4 (create, its note, title, assignment) and a2, so none for c1, x, t1 or a1
        assertThat(writesByDelta).as("writes the delta sent: none for what did not change").containsExactlyInAnyOrderEntriesOf(Map.of(
                "POST /companies", 2L,
                "POST /contacts", 1L,
                "PUT /contacts/{id}", 1L,
                "POST /contacts/{contact_id}/companies", 2L,
                "POST /conversations", 1L,
                "POST /conversations/{conversation_id}/reply", 3L,
                "PUT /conversations/{id}", 2L,
                "POST /conversations/{conversation_id}/parts", 3L,
                "PUT /articles/{id}", 1L));

        Map<String, Long> writesAfterDelta = writes();
        deliver(delta, deltaExport(), SHIFTED);
        List<Envelope<LoadResult>> twice = TopicReader.read(Topics.RESULTS, RESULTS, delta, 2 * results.size(), WAIT);
        assertThat(twice).hasSize(2 * results.size());
        assertThat(twice.stream().collect(Collectors.groupingBy(Envelope::sourceId, Collectors.mapping(Envelope::payload, Collectors.toList()))))
                .as("a second delivery is answered as the first").allSatisfy((row, answers) ->
                        assertThat(answers).as(row).containsExactly(results.get(row), results.get(row)));
        assertThat(writes()).as("a second delivery writes nothing").isEqualTo(writesAfterDelta);
        assertEndState(results);
    }

    @Test
    void dryRunPlansEveryChangeAndWritesNothing() {
        String base = start(List.of(), false);
        load(base, baseExport(), 0);
        Map<String, Long> writesBefore = writes();
        JsonPath stateBefore = state();

        String dry = start(List.of(base), true);
        openEveryPhase(dry);
        deliver(dry, deltaExport(), SHIFTED);
        Map<String, LoadResult> plan = byRow(TopicReader.read(Topics.RESULTS, RESULTS, dry, 17, WAIT));

        assertThat(plan).hasSize(17).allSatisfy((row, result) -> assertThat(result.status()).as(row)
                .isEqualTo(LoadResult.Status.PLANNED));
        assertThat(changes(plan)).containsEntry(id("c1"), Change.SKIP).containsEntry(id("c2"), Change.UPDATE)
                .containsEntry(id("c3"), Change.CREATE).containsEntry(id("z"), Change.CREATE).containsEntry(id("t1"), Change.SKIP)
                .containsEntry(id("t4"), Change.CREATE).containsEntry(id("p22"), Change.UPDATE).containsEntry(id("a2"), Change.UPDATE);
        assertThat(plan.get(id("c2")).detail()).isEqualTo("name");
        assertThat(plan.get(id("y")).detail()).isEqualTo("phone");
        assertThat(plan.get(id("t2")).detail()).isEqualTo("2 new parts, title, state open → closed");
        assertThat(plan.get(id("p23")).detail()).isEqualTo("2 new parts, title, state open → closed");
        assertThat(plan.get(id("t3")).detail()).isEqualTo("state closed → open");
        assertThat(plan.get(id("a2")).detail()).isEqualTo("title");
        assertThat(plan.get(id("t2")).intercomId()).as("the base's conversation").isNotNull();
        assertThat(plan.get(id("c3")).intercomId()).as("nothing created yet").isNull();

        assertThat(writes()).as("no write at all").isEqualTo(writesBefore);
        assertThat(state().getMap("")).as("the workspace as before").isEqualTo(stateBefore.getMap(""));
    }

    @Test
    void rollbackOfTheDeltaRemovesOnlyWhatItCreatedAndLeavesTheBaseRecordsItUpdated() {
        String base = start(List.of(), false);
        load(base, baseExport(), 0);
        String delta = start(List.of(base), false);
        Map<String, LoadResult> results = load(delta, deltaExport(), SHIFTED);

        TopicWriter.control(new RollbackOrdered(delta, 1));
        List<RollbackMessage> messages = TopicReader.rollbackMessages(delta,
                message -> message instanceof RollbackFinished finished && finished.order() == 1, WAIT);
        Map<String, EntryRolledBack> outcomes = messages.stream().filter(EntryRolledBack.class::isInstance)
                .map(EntryRolledBack.class::cast).collect(Collectors.toMap(EntryRolledBack::sourceId, Function.identity(), (first, next) -> first));

        assertThat(outcomes).hasEntrySatisfying(id("t4"), entry -> assertThat(entry.outcome()).isEqualTo(EntryRolledBack.Outcome.REMOVED))
                .hasEntrySatisfying(id("z"), entry -> assertThat(entry.outcome()).isEqualTo(EntryRolledBack.Outcome.REMOVED))
                .hasEntrySatisfying(id("c3"), entry -> assertThat(entry.outcome()).isEqualTo(EntryRolledBack.Outcome.ARCHIVED));
        assertThat(outcomes.get(id("t2")).outcome()).isEqualTo(EntryRolledBack.Outcome.LEFT);
        assertThat(outcomes.get(id("t2")).reason()).isEqualTo("updated by the delta: earlier values are not restored");
        assertThat(outcomes.get(id("t1")).outcome()).isEqualTo(EntryRolledBack.Outcome.LEFT);
        assertThat(outcomes.get(id("c2")).outcome()).isEqualTo(EntryRolledBack.Outcome.LEFT);

        sandbox().get("/conversations/" + results.get(id("t4")).intercomId()).then().statusCode(404);
        assertThat(sandbox().get("/conversations/" + results.get(id("t2")).intercomId()).then().statusCode(200).extract()
                .jsonPath().getString("title")).as("the base's conversation, as the delta left it").isEqualTo("VPN down");
        assertThat(sandbox().get("/contacts/" + results.get(id("y")).intercomId()).then().statusCode(200).extract()
                .jsonPath().getString("phone")).isEqualTo("+4722222222");
        sandbox().get("/contacts/" + results.get(id("x")).intercomId()).then().statusCode(200);
    }

    /** What the base run writes: companies c1 and c2, contacts x, y and w, tickets t1 to t3, articles a1 and a2. */
    private List<Envelope<?>> baseExport() {
        List<Envelope<?>> rows = new ArrayList<>();
        rows.add(company("c1", "Acme", 2));
        rows.add(company("c2", "Beta", 3));
        rows.add(contact("x", "c1", null, 2));
        rows.add(contact("y", "c2", "+4711111111", 3));
        rows.add(contact("w", null, null, 4));
        rows.add(ticket("t1", "x", "Printer", ConversationCommand.State.OPEN, 2, part("p11", "x", "It is jammed", 1000L, 2)));
        rows.add(ticket("t2", "y", "VPN", ConversationCommand.State.OPEN, 3, part("p21", null, "Looking into it", 2000L, 3)));
        rows.add(ticket("t3", "x", "Mail", ConversationCommand.State.CLOSED, 4));
        rows.add(article("a1", "Reset a password", 2));
        rows.add(article("a2", "Map a drive", 3));
        return rows;
    }

    /**
     * The newer export: c2 renamed, y's phone changed, t2 with two new comments, retitled and closed,
     * t3 reopened, a2 retitled; c3, z and t4 (opened by w, whom this export no longer carries) are new.
     */
    private List<Envelope<?>> deltaExport() {
        List<Envelope<?>> rows = new ArrayList<>();
        rows.add(company("c1", "Acme", 2));
        rows.add(company("c2", "Beta Ltd", 3));
        rows.add(company("c3", "Gamma", 4));
        rows.add(contact("x", "c1", null, 2));
        rows.add(contact("y", "c2", "+4722222222", 3));
        rows.add(contact("z", "c3", null, 5));
        rows.add(ticket("t1", "x", "Printer", ConversationCommand.State.OPEN, 2, part("p11", "x", "It is jammed", 1000L, 2)));
        rows.add(ticket("t2", "y", "VPN down", ConversationCommand.State.CLOSED, 3, part("p21", null, "Looking into it", 2000L, 3),
                part("p22", "y", "Still down", 2100L, 4), part("p23", null, "Fixed the tunnel", 2200L, 5)));
        rows.add(ticket("t3", "x", "Mail", ConversationCommand.State.OPEN, 4));
        rows.add(ticket("t4", "w", "Disk", ConversationCommand.State.OPEN, 5, part("p41", null, "Cleaning up", 4100L, 6)));
        rows.add(article("a1", "Reset a password", 2));
        rows.add(article("a2", "Map a network drive", 3));
        return rows;
    }

    private void assertEndState(Map<String, LoadResult> results) {
        assertThat(companies()).as("one company per company_id").containsExactlyInAnyOrderEntriesOf(Map.of(
                id("c1"), "Acme", id("c2"), "Beta Ltd", id("c3"), "Gamma"));
        for (String contact : List.of("x", "y", "z")) {
            assertThat(sandboxContact(contact)).as("the contact with external_id " + contact).isEqualTo(results.get(id(contact)).intercomId());
        }
        assertThat(sandbox().get("/contacts/" + results.get(id("y")).intercomId()).then().extract().jsonPath().getString("phone"))
                .isEqualTo("+4722222222");
        assertThat(conversation(results, "t1")).isEqualTo("Printer open [It is jammed]");
        assertThat(conversation(results, "t2")).isEqualTo("VPN down closed [Looking into it, Still down, Fixed the tunnel]");
        assertThat(conversation(results, "t3")).isEqualTo("Mail open []");
        assertThat(conversation(results, "t4")).isEqualTo("Disk open [Cleaning up]");
        assertThat(sandbox().contentType(ContentType.JSON).body(Map.of("query", Map.of("field", "contact_ids", "operator", "=",
                "value", sandboxContact("w")))).post("/conversations/search").then().statusCode(200).extract().jsonPath()
                .getList("conversations.id")).as("the conversations of w, a contact only the base run carried").hasSize(1);
        assertThat(articles()).as("one article per KB article").containsExactlyInAnyOrder(id("Reset a password"), id("Map a network drive"));
    }

    /** The conversation's title, state and the bodies of its replies and notes, in order. */
    private String conversation(Map<String, LoadResult> results, String ticket) {
        JsonPath conversation = sandbox().queryParam("display_as", "plaintext").get("/conversations/" + results.get(id(ticket)).intercomId())
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> parts = conversation.getList("conversation_parts.conversation_parts");
        return conversation.getString("title") + " " + conversation.getString("state") + " " + parts.stream()
                .filter(part -> List.of("comment", "note").contains(part.get("part_type"))).map(part -> (String) part.get("body")).toList();
    }

    private Map<String, String> companies() {
        Map<String, String> named = new LinkedHashMap<>();
        for (Map<String, Object> company : sandbox().get("/companies?per_page=50").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("data")) {
            String companyId = (String) company.get("company_id");
            if (companyId.endsWith(key)) {
                assertThat(named.put(companyId, (String) company.get("name"))).as("a second company " + companyId).isNull();
            }
        }
        return named;
    }

    private List<String> articles() {
        return sandbox().get("/articles?per_page=50").then().statusCode(200).extract().jsonPath().<String>getList("data.title")
                .stream().filter(title -> title.endsWith(key)).toList();
    }

    private String sandboxContact(String contact) {
        return sandbox().get("/contacts/find_by_external_id/" + id(contact)).then().statusCode(200).extract().path("id");
    }

    /** Starts a run writing to the sandbox, its fallback teammate the owner; its id. */
    private String start(List<String> baseRuns, boolean dryRun) {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/exports/acme", "UTC", sandboxUrl, SandboxResource.TOKEN_SECRET,
                SourceKind.EXPORT_DIRECTORY, null, null, null, OWNER, null, null, baseRuns, dryRun));
        return runId;
    }

    /** Loads the export phase after phase, as the orchestrator opens them; the result of every row. */
    private Map<String, LoadResult> load(String runId, List<Envelope<?>> export, int shift) {
        int expected = 0;
        for (Phase phase : List.of(Phase.COMPANIES, Phase.CONTACTS, Phase.CONVERSATIONS, Phase.ARTICLES)) {
            TopicWriter.control(new PhaseOpened(runId, phase));
            List<Envelope<?>> rows = export.stream().filter(row -> phaseOf(row) == phase).toList();
            publish(rows, runId, shift);
            expected += rows.stream().mapToInt(DeltaWritesOnlyWhatChangedIT::rowCount).sum();
            assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, expected, WAIT)).as(phase + " results").hasSize(expected);
        }
        return byRow(TopicReader.read(Topics.RESULTS, RESULTS, runId, expected, WAIT));
    }

    private static void openEveryPhase(String runId) {
        for (Phase phase : List.of(Phase.COMPANIES, Phase.CONTACTS, Phase.CONVERSATIONS, Phase.ARTICLES)) {
            TopicWriter.control(new PhaseOpened(runId, phase));
        }
    }

    private void deliver(String runId, List<Envelope<?>> export, int shift) {
        publish(export, runId, shift);
    }

    private static void publish(List<Envelope<?>> rows, String runId, int shift) {
        for (Envelope<?> row : rows) {
            TopicWriter.envelope(topicOf(row), Envelope.of(runId, row.objectType(), row.sourceId(),
                    new SourceRow(row.sourceRow().file(), row.sourceRow().line() + shift), shifted(row.payload(), shift)));
        }
    }

    /** A conversation of the newer export names its rows lower in their files too. */
    private static Object shifted(Object payload, int shift) {
        if (!(payload instanceof ConversationCommand ticket)) {
            return payload;
        }
        return new ConversationCommand(ticket.contactId(), ticket.technicianId(), shifted(ticket.opening(), shift),
                ticket.parts().stream().map(part -> shifted(part, shift)).toList(), ticket.title(), ticket.attributes(), ticket.tags(),
                ticket.state(), ticket.folded(), ticket.attributeSpecs(), ticket.requester());
    }

    private static ConversationPart shifted(ConversationPart part, int shift) {
        SourceRef source = part.source();
        return new ConversationPart(new SourceRef(source.objectType(), source.sourceId(),
                new SourceRow(source.sourceRow().file(), source.sourceRow().line() + shift)), part.author(), part.authorId(), part.kind(),
                part.body(), part.createdAt(), part.attachmentUrls());
    }

    private static Phase phaseOf(Envelope<?> row) {
        return switch (row.objectType()) {
            case CUSTOMER -> Phase.COMPANIES;
            case CONTACT -> Phase.CONTACTS;
            case TICKET -> Phase.CONVERSATIONS;
            default -> Phase.ARTICLES;
        };
    }

    private static String topicOf(Envelope<?> row) {
        return switch (phaseOf(row)) {
            case COMPANIES -> Topics.INTERCOM_COMPANIES;
            case CONTACTS -> Topics.INTERCOM_CONTACTS;
            case CONVERSATIONS -> Topics.INTERCOM_CONVERSATIONS;
            default -> Topics.INTERCOM_ARTICLES;
        };
    }

    private static int rowCount(Envelope<?> row) {
        return row.payload() instanceof ConversationCommand ticket ? ticket.carried().size() : 1;
    }

    private Envelope<CompanyCommand> company(String id, String name, long line) {
        return Envelope.of("", ObjectType.CUSTOMER, id(id), new SourceRow("customers.csv", line),
                new CompanyCommand(id(id), name, null, null, null));
    }

    private Envelope<ContactCommand> contact(String id, String company, String phone, long line) {
        return Envelope.of("", ObjectType.CONTACT, id(id), new SourceRow("contacts.csv", line), new ContactCommand(
                new ContactBody("user", id(id), id(id) + "@acme.example", phone, "Person " + id, null, null),
                company == null ? null : id(company)));
    }

    private Envelope<ConversationCommand> ticket(String id, String contact, String title, ConversationCommand.State state, long line,
                                                 ConversationPart... parts) {
        ConversationPart opening = new ConversationPart(new SourceRef(ObjectType.TICKET, id(id), new SourceRow("tickets.csv", line)),
                Author.CONTACT, id(contact), Kind.COMMENT, title + " opened", 900L + line, List.of());
        return Envelope.of("", ObjectType.TICKET, id(id), new SourceRow("tickets.csv", line), new ConversationCommand(id(contact), null,
                opening, List.of(parts), title, Map.of(), List.of(), state, List.of()));
    }

    /** A contact's comment, or with no contact the teammate's note. */
    private ConversationPart part(String id, String contact, String body, long createdAt, long line) {
        return new ConversationPart(new SourceRef(ObjectType.TICKET_COMMENT, id(id), new SourceRow("ticket_comments.csv", line)),
                contact == null ? Author.SYSTEM : Author.CONTACT, contact == null ? null : id(contact),
                contact == null ? Kind.NOTE : Kind.COMMENT, body, createdAt, List.of());
    }

    private Envelope<ArticleCommand> article(String id, String title, long line) {
        return Envelope.of("", ObjectType.KB_ARTICLE, id(id), new SourceRow("kb_articles.csv", line),
                new ArticleCommand(id(title), "<p>Steps</p>", List.of()));
    }

    private String id(String name) {
        return name + "-" + key;
    }

    private static Map<String, LoadResult> byRow(List<Envelope<LoadResult>> results) {
        Map<String, LoadResult> byRow = new LinkedHashMap<>();
        results.forEach(result -> byRow.put(result.sourceId(), result.payload()));
        return byRow;
    }

    private static Map<String, Change> changes(Map<String, LoadResult> results) {
        Map<String, Change> changes = new LinkedHashMap<>();
        results.forEach((row, result) -> changes.put(row, result.change()));
        return changes;
    }

    /** Answered writes (POST, PUT, DELETE; searches are reads) the sandbox counted, by method and path. */
    private static Map<String, Long> writes() {
        Map<String, Long> writes = new LinkedHashMap<>();
        for (Map<String, Object> count : given().baseUri(SandboxServer.baseUrl().toString()).get("/sandbox/requests").then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("requests")) {
            String method = (String) count.get("method");
            String path = (String) count.get("path");
            if (List.of("POST", "PUT", "DELETE").contains(method) && !path.endsWith("/search")) {
                writes.merge(method + " " + path, ((Number) count.get("count")).longValue(), Long::sum);
            }
        }
        return writes;
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new LinkedHashMap<>();
        after.forEach((request, count) -> {
            long more = count - before.getOrDefault(request, 0L);
            if (more > 0) {
                difference.put(request, more);
            }
        });
        return difference;
    }

    private static JsonPath state() {
        return given().baseUri(SandboxServer.baseUrl().toString()).get("/sandbox/state").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification sandbox() {
        return given().baseUri(SandboxServer.baseUrl().toString()).header("Authorization", "Bearer " + SandboxServer.TOKEN);
    }
}
