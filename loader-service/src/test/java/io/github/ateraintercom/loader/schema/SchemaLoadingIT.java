package io.github.ateraintercom.loader.schema;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.github.ateraintercom.loader.SandboxContacts.sandbox;
import static org.assertj.core.api.Assertions.assertThat;

/** A run's schema written to the sandbox before its data, through the real broker and database, behind its phase. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class SchemaLoadingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Inject
    Ledger ledger;

    @Test
    void schemaItemsAreCreatedAsTheRunsOwnThenAdoptedByTheNextRunAndNeverCreatedTwice() {
        String suffix = suffix();
        List<SchemaCommand> schema = List.of(
                SchemaCommand.attribute("company", new AttributeSpec("tier_" + suffix, AttributeType.LIST, List.of("Gold", "Silver"), "tier")),
                SchemaCommand.attribute("contact", new AttributeSpec("seats_" + suffix, AttributeType.INTEGER, List.of(), null)),
                SchemaCommand.attribute("conversation", new AttributeSpec("hours_" + suffix, AttributeType.FLOAT, List.of(), null)),
                SchemaCommand.tag("VIP " + suffix),
                SchemaCommand.collection(List.of("Guides " + suffix)),
                SchemaCommand.collection(List.of("Guides " + suffix, "VPN")));
        String first = LoaderRuns.start(sandboxUrl);
        publish(first, schema);
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, first, 1, Duration.ofSeconds(3)))
                .as("the schema phase is closed: nothing of it is written").isEmpty();

        TopicWriter.control(new PhaseOpened(first, Phase.SCHEMA));

        Map<String, LoadResult> created = bySourceId(TopicReader.read(Topics.RESULTS, RESULTS, first, schema.size(), WAIT));
        assertThat(created.values()).extracting(LoadResult::status).containsOnly(LoadResult.Status.LOADED).hasSize(schema.size());
        assertThat(created.values()).extracting(LoadResult::detail).containsOnlyNulls();
        for (SchemaCommand item : schema) {
            LedgerEntry entry = ledger.find(first, ObjectType.SCHEMA, item.sourceId()).orElseThrow();
            assertThat(entry.origin).as(item.sourceId()).isEqualTo(LedgerEntry.Origin.CREATED);
            assertThat(entry.intercomId).as(item.sourceId()).isEqualTo(created.get(item.sourceId()).intercomId());
        }
        Map<String, Object> tier = dataAttribute("company", "tier_" + suffix);
        assertThat(tier).containsEntry("data_type", "string").containsEntry("options", List.of("Gold", "Silver"));
        assertThat(String.valueOf(tier.get("id"))).isEqualTo(created.get(schema.get(0).sourceId()).intercomId());
        assertThat(dataAttribute("contact", "seats_" + suffix)).containsEntry("data_type", "integer");
        assertThat(sandbox().get("/conversations/attributes").then().statusCode(200).extract().jsonPath()
                .getString("data.find { it.name == 'hours_" + suffix + "' }.data_type")).isEqualTo("decimal");
        assertThat(sandbox().get("/tags").then().statusCode(200).extract().jsonPath()
                .getString("data.find { it.name == 'VIP " + suffix + "' }.id")).isEqualTo(created.get(schema.get(3).sourceId()).intercomId());
        String guides = created.get(schema.get(4).sourceId()).intercomId();
        assertThat(collections()).containsEntry(guides, "Guides " + suffix + " under none")
                .containsEntry(created.get(schema.get(5).sourceId()).intercomId(), "VPN under " + guides);

        publish(first, schema);
        assertThat(bySourceId(TopicReader.read(Topics.RESULTS, RESULTS, first, 2 * schema.size(), WAIT)))
                .as("a redelivered item is answered from the ledger").isEqualTo(created);

        String second = LoaderRuns.start(sandboxUrl);
        TopicWriter.control(new PhaseOpened(second, Phase.SCHEMA));
        publish(second, schema);

        Map<String, LoadResult> adopted = bySourceId(TopicReader.read(Topics.RESULTS, RESULTS, second, schema.size(), WAIT));
        assertThat(adopted.keySet()).isEqualTo(created.keySet());
        adopted.forEach((item, result) -> {
            assertThat(result).as(item).isEqualTo(LoadResult.loaded(created.get(item).intercomId(), "existed in Intercom before the run: adopted"));
            assertThat(ledger.find(second, ObjectType.SCHEMA, item).orElseThrow().origin).as(item).isEqualTo(LedgerEntry.Origin.ADOPTED);
        });
        assertThat(collections().values()).filteredOn(collection -> collection.startsWith("VPN under " + guides)).hasSize(1);
    }

    @Test
    void anExistingAttributeOfAnIncompatibleTypeFailsItsItemWithTheReasonAndAnArchivedOneIsRestored() {
        String suffix = suffix();
        sandbox().contentType(ContentType.JSON).body(Map.of("name", "clash_" + suffix, "model", "company", "data_type", "string"))
                .post("/data_attributes").then().statusCode(200);
        int archived = sandbox().contentType(ContentType.JSON)
                .body(Map.of("name", "old_" + suffix, "model", "contact", "data_type", "date"))
                .post("/data_attributes").then().statusCode(200).extract().path("id");
        sandbox().contentType(ContentType.JSON).body(Map.of("archived", true)).put("/data_attributes/" + archived).then().statusCode(200);
        SchemaCommand clash = SchemaCommand.attribute("company", new AttributeSpec("clash_" + suffix, AttributeType.INTEGER, List.of(), null));
        SchemaCommand restored = SchemaCommand.attribute("contact", new AttributeSpec("old_" + suffix, AttributeType.DATE, List.of(), null));
        String runId = LoaderRuns.start(sandboxUrl);
        TopicWriter.control(new PhaseOpened(runId, Phase.SCHEMA));

        publish(runId, List.of(clash, restored));

        Map<String, LoadResult> results = bySourceId(TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT));
        assertThat(results.get(clash.sourceId()).status()).isEqualTo(LoadResult.Status.FAILED);
        assertThat(results.get(clash.sourceId()).reason()).contains("company attribute 'clash_" + suffix + "' exists in Intercom as string"
                + " but the run writes integer values into it");
        assertThat(ledger.find(runId, ObjectType.SCHEMA, clash.sourceId())).as("nothing of it was written").isEmpty();
        assertThat(results.get(restored.sourceId())).isEqualTo(LoadResult.loaded(String.valueOf(archived),
                "existed in Intercom before the run: adopted; archived in Intercom before the run: restored"));
        assertThat(dataAttribute("contact", "old_" + suffix)).containsEntry("archived", false);
    }

    @Test
    void companiesWaitForTheirPhaseWhichOpensOnlyAfterTheSchema() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/exports/acme", "UTC", sandboxUrl, SandboxResource.TOKEN_SECRET));
        String companyId = "c-" + suffix();
        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, companyId, new SourceRow("customers.csv", 2),
                new CompanyCommand(companyId, "Initech", null, null, null)));
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, Duration.ofSeconds(3)))
                .as("the companies phase is closed: the company is not written").isEmpty();

        TopicWriter.control(new PhaseOpened(runId, Phase.COMPANIES));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).extracting(result -> result.payload().status())
                .containsExactly(LoadResult.Status.LOADED);
    }

    /** As the orchestrator publishes them: each item a line of the run's schema, collections under one key. */
    private static void publish(String runId, List<SchemaCommand> schema) {
        for (int line = 1; line <= schema.size(); line++) {
            SchemaCommand item = schema.get(line - 1);
            TopicWriter.raw(Topics.INTERCOM_SCHEMA, item.key(), EnvelopeSerde.encode(Envelope.of(runId, ObjectType.SCHEMA, item.sourceId(),
                    new SourceRow(SchemaCommand.SOURCE, line), item)));
        }
    }

    private static Map<String, LoadResult> bySourceId(List<Envelope<LoadResult>> results) {
        Map<String, LoadResult> bySourceId = new LinkedHashMap<>();
        results.forEach(result -> bySourceId.put(result.sourceId(), result.payload()));
        return bySourceId;
    }

    private static Map<String, Object> dataAttribute(String model, String name) {
        JsonPath attributes = sandbox().get("/data_attributes?model=" + model + "&include_archived=true").then().statusCode(200)
                .extract().jsonPath();
        return attributes.getMap("data.find { it.name == '" + name + "' }");
    }

    /** Every Help Center collection: id → "name under parent id". */
    private static Map<String, String> collections() {
        Map<String, String> collections = new LinkedHashMap<>();
        sandbox().get("/help_center/collections?per_page=150").then().statusCode(200).extract().jsonPath().getList("data", Map.class)
                .forEach(collection -> collections.put(String.valueOf(collection.get("id")),
                        collection.get("name") + " under " + (collection.get("parent_id") == null ? "none" : collection.get("parent_id"))));
        return collections;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
