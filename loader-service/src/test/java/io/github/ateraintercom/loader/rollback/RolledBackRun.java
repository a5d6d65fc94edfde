package io.github.ateraintercom.loader.rollback;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.RollbackOrdered;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.common.intercom.CustomDataCommand;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.rollback.EntryRolledBack;
import io.github.ateraintercom.common.rollback.RollbackFinished;
import io.github.ateraintercom.common.rollback.RollbackMessage;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.GeneratedHelpdesk;
import io.github.ateraintercom.loader.LoaderDeployment;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A workspace that holds a contact, a company, a company attribute and a tag before a run, and a run
 * that loads a generated helpdesk into it with a schema (attributes of each model, tags, nested
 * collections) and articles, adopting what the workspace had: what a rollback must undo exactly.
 */
final class RolledBackRun {

    static final Duration WAIT = Duration.ofSeconds(120);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);
    /** The end user that exists in the workspace before the run: the run adopts it. */
    static final int ADOPTED_END_USER = 3;
    /** The customer whose company_id a company of the workspace has before the run: the run adopts it. */
    static final int ADOPTED_CUSTOMER = 0;
    static final String ADOPTED_ATTRIBUTE = "region";
    static final String ADOPTED_TAG = "VIP";
    /** The attributes the run creates, which Intercom can only archive. */
    static final Set<String> CREATED_ATTRIBUTES = Set.of("tier", "seats", "hours");

    private static final List<SchemaCommand> SCHEMA = List.of(
            SchemaCommand.attribute("company", new AttributeSpec(ADOPTED_ATTRIBUTE, AttributeType.STRING, List.of(), null)),
            SchemaCommand.attribute("company", new AttributeSpec("tier", AttributeType.STRING, List.of(), null)),
            SchemaCommand.attribute("contact", new AttributeSpec("seats", AttributeType.INTEGER, List.of(), null)),
            SchemaCommand.attribute("conversation", new AttributeSpec("hours", AttributeType.FLOAT, List.of(), null)),
            SchemaCommand.tag(ADOPTED_TAG),
            SchemaCommand.tag(GeneratedHelpdesk.TAG),
            SchemaCommand.collection(List.of("Guides")),
            SchemaCommand.collection(List.of("Guides", "VPN")));

    private final ServiceProcess sandbox;
    private final LoaderDeployment deployment;
    private final JsonNode before;
    private String runId;

    /** Seeds the workspace with what the run will adopt, and remembers it as it then is. */
    RolledBackRun(ServiceProcess sandbox, LoaderDeployment deployment) {
        this.sandbox = sandbox;
        this.deployment = deployment;
        api().contentType(ContentType.JSON).body(Map.of("role", "user", "email", GeneratedHelpdesk.email(ADOPTED_END_USER),
                "name", "Known before the run")).post("/contacts").then().statusCode(200);
        api().contentType(ContentType.JSON).body(Map.of("company_id", GeneratedHelpdesk.companyId(ADOPTED_CUSTOMER),
                "name", "Known before the run", "website", "known.example")).post("/companies").then().statusCode(200);
        api().contentType(ContentType.JSON).body(Map.of("name", ADOPTED_ATTRIBUTE, "model", "company", "data_type", "string"))
                .post("/data_attributes").then().statusCode(200);
        api().contentType(ContentType.JSON).body(Map.of("name", ADOPTED_TAG)).post("/tags").then().statusCode(200);
        this.before = state();
    }

    /** Starts the run and has the deployment's loaders write all of it; the run's id. */
    String load(int companies, int contacts, int tickets, int partsPerTicket) {
        runId = LoaderRuns.start(sandbox.baseUrl().toString(), GeneratedHelpdesk.OWNER, null);
        GeneratedHelpdesk helpdesk = new GeneratedHelpdesk(runId, companies, contacts, tickets, partsPerTicket);
        helpdesk.preload(Phase.SCHEMA, () -> {
            for (int line = 1; line <= SCHEMA.size(); line++) {
                SchemaCommand item = SCHEMA.get(line - 1);
                TopicWriter.raw(deployment.topic(Topics.INTERCOM_SCHEMA), item.key(), EnvelopeSerde.encode(Envelope.of(runId,
                        ObjectType.SCHEMA, item.sourceId(), new SourceRow(SchemaCommand.SOURCE, line), item)));
            }
        }, SCHEMA.size(), WAIT);
        helpdesk.preload(Phase.ARTICLES, () -> TopicWriter.envelopes(deployment.topic(Topics.INTERCOM_ARTICLES), List.of(
                article("601", "Connecting to the VPN"), article("602", "Setting up MFA"))), 2, WAIT);
        helpdesk.loadPeople(deployment::topic, WAIT);
        helpdesk.openConversations(deployment::topic);
        helpdesk.assertEveryRecordLoaded(WAIT);
        return runId;
    }

    private Envelope<ArticleCommand> article(String id, String title) {
        return Envelope.of(runId, ObjectType.KB_ARTICLE, id, new SourceRow(ObjectType.KB_ARTICLE.fileName(), Long.parseLong(id) - 599),
                new ArticleCommand(title, "<p>" + title + "</p>", List.of("Guides", "VPN")));
    }

    /**
     * Has the run tag what it adopted, the contact and the company, with a tag it created and the one
     * it adopted, as a tags.csv of the export would; answers each tag row's outcome by source id.
     */
    Map<String, LoadResult> tagWhatItAdopted() {
        TopicWriter.control(new PhaseOpened(runId, Phase.CUSTOM_DATA));
        List<Envelope<CustomDataCommand>> commands = List.of(
                tagging(CustomDataCommand.Target.CONTACT, GeneratedHelpdesk.contactId(ADOPTED_END_USER), 2),
                tagging(CustomDataCommand.Target.COMPANY, GeneratedHelpdesk.companyId(ADOPTED_CUSTOMER), 3));
        TopicWriter.envelopes(deployment.topic(Topics.INTERCOM_CUSTOM_DATA), commands);
        Map<String, LoadResult> outcomes = new HashMap<>();
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            TopicReader.read(Topics.RESULTS, RESULTS, runId, Integer.MAX_VALUE, Duration.ofSeconds(1)).stream()
                    .filter(result -> result.objectType() == ObjectType.TAG)
                    .forEach(result -> outcomes.put(result.sourceId(), result.payload()));
            return outcomes.size() == commands.size();
        });
        return outcomes;
    }

    private Envelope<CustomDataCommand> tagging(CustomDataCommand.Target target, String ateraId, long line) {
        SourceRef row = new SourceRef(ObjectType.TAG, ateraId, new SourceRow(ObjectType.TAG.fileName(), line));
        return Envelope.of(runId, ObjectType.TAG, row.sourceId(), row.sourceRow(),
                new CustomDataCommand(target, ateraId, Map.of(), List.of(), List.of(GeneratedHelpdesk.TAG, ADOPTED_TAG), List.of(row)));
    }

    /** Orders the run's rollback (number {@code order}) as the orchestrator does. */
    void orderRollback(int order) {
        TopicWriter.control(new RollbackOrdered(runId, order));
    }

    /** What the loaders told of the run's rollback, up to the end of order {@code order}. */
    List<RollbackMessage> awaitFinished(int order) {
        List<RollbackMessage> messages = TopicReader.rollbackMessages(runId,
                message -> message instanceof RollbackFinished finished && finished.order() == order, WAIT);
        assertThat(messages).as("rollback messages").anyMatch(message -> message instanceof RollbackFinished finished
                && finished.order() == order && finished.failure() == null);
        return messages;
    }

    /** The outcomes told for order {@code order}. */
    static List<EntryRolledBack> entries(List<RollbackMessage> messages, int order) {
        return messages.stream().filter(EntryRolledBack.class::isInstance).map(EntryRolledBack.class::cast)
                .filter(entry -> entry.order() == order).toList();
    }

    /**
     * Everything the run created is gone: companies, contacts, memberships, conversations, tags and
     * Help Center content are as before the run; the attributes it created are archived, the one it
     * adopted is as it was.
     */
    void assertWorkspaceAsBefore() {
        JsonNode after = state();
        for (String section : List.of("companies", "contacts", "company_memberships", "help_center", "tags")) {
            assertThat(after.path(section)).as(section).isEqualTo(before.path(section));
        }
        assertThat(after.path("conversations").path("conversations")).as("conversations")
                .isEqualTo(before.path("conversations").path("conversations"));
        JsonNode attributes = after.path("data_attributes");
        for (JsonNode existing : before.path("data_attributes").path("dataAttributes")) {
            assertThat(attribute(attributes.path("dataAttributes"), existing.path("name").asText())).as("attribute " + existing.path("name"))
                    .isEqualTo(existing);
        }
        for (String created : CREATED_ATTRIBUTES) {
            JsonNode attribute = attribute(attributes.path("dataAttributes"), created);
            if (attribute == null) {
                attribute = attribute(attributes.path("conversationAttributes"), created);
            }
            assertThat(attribute).as("attribute " + created).isNotNull();
            assertThat(attribute.path("archived").asBoolean()).as("attribute " + created + " archived").isTrue();
        }
        assertThat(before.path("conversations").path("conversations")).isEmpty();
    }

    /** The run's workspace holds something of the run (its conversations), and not all of it any more. */
    long conversations() {
        return state().path("conversations").path("conversations").size();
    }

    private static JsonNode attribute(JsonNode attributes, String name) {
        return StreamSupport.stream(attributes.spliterator(), false).filter(attribute -> name.equals(attribute.path("name").asText()))
                .findFirst().orElse(null);
    }

    JsonNode state() {
        return GeneratedHelpdesk.state(sandbox.baseUrl());
    }

    private RequestSpecification api() {
        return given().baseUri(sandbox.baseUrl().toString()).header("Authorization", "Bearer " + SandboxServer.TOKEN);
    }
}
