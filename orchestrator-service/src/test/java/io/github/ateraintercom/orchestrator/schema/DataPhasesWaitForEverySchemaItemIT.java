package io.github.ateraintercom.orchestrator.schema;

import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.mapping.SampleDiscovery;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A confirmed run declares its schema (attributes, tags, collections) as it starts, and its data
 * phases open only once every schema item is accounted for, a failed one included.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class DataPhasesWaitForEverySchemaItemIT {

    private static final Duration WAIT = SampleDiscovery.WAIT;
    private static final EnvelopeSerde<SchemaCommand> SCHEMA = new EnvelopeSerde<>(SchemaCommand.class);

    @Test
    void companiesOpenOnlyOnceEverySchemaItemIsLoadedFailedOrHeld() {
        String id = SampleDiscovery.awaitingConfirmation();
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + id + "/mapping/confirm").then().statusCode(200);
        int attributes = given().get("/api/runs/" + id + "/mapping/manifest").then().statusCode(200).extract().path("count");
        given().post("/api/runs/" + id + "/start").then().statusCode(200);

        List<Envelope<SchemaCommand>> schema = TopicReader.read(Topics.INTERCOM_SCHEMA, SCHEMA, id, attributes + 6, WAIT);

        assertThat(schema).hasSize(attributes + 6);
        assertThat(schema).extracting(item -> item.sourceRow().file()).containsOnly(SchemaCommand.SOURCE);
        assertThat(schema).extracting(item -> item.sourceRow().line()).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, attributes + 6).boxed().toList());
        assertThat(schema).extracting(Envelope::sourceId).contains("attribute company contract_tier", "attribute conversation hours",
                "attribute contact newsletter");
        assertThat(schema.stream().filter(item -> item.payload().kind() != SchemaCommand.Kind.ATTRIBUTE).map(Envelope::sourceId))
                .as("tags once whatever their case, collections parent first").containsExactlyInAnyOrder("tag VIP", "tag law-firm",
                        "tag printer", "collection Remote work", "collection Remote work > VPN", "collection Hardware");
        assertThat(TopicReader.controlMessage(id + "/phase/schema", WAIT)).contains(new PhaseOpened(id, Phase.SCHEMA));
        assertThat(TopicReader.controlMessage(id + "/phase/teammates", WAIT)).as("teammates are only matched")
                .contains(new PhaseOpened(id, Phase.TEAMMATES));
        assertThat(TopicReader.controlMessage(id + "/phase/companies", Duration.ofSeconds(2))).as("no schema item is settled").isEmpty();

        Envelope<SchemaCommand> refused = schema.get(0);
        Envelope<SchemaCommand> last = schema.get(schema.size() - 1);
        TopicWriter.envelope(Topics.RESULTS, refused.withPayload(LoadResult.failed("company attribute exists in Intercom as string")));
        schema.stream().filter(item -> item != refused && item != last)
                .forEach(item -> TopicWriter.envelope(Topics.RESULTS, item.withPayload(LoadResult.loaded("1"))));
        await().atMost(WAIT).until(() -> schemaProgress(id).get("loaded").equals(attributes + 4));
        assertThat(TopicReader.controlMessage(id + "/phase/companies", Duration.ofSeconds(2))).as("one schema item is in flight").isEmpty();

        TopicWriter.envelope(Topics.RESULTS, last.withPayload(LoadResult.loaded("2")));

        assertThat(TopicReader.controlMessage(id + "/phase/companies", WAIT)).contains(new PhaseOpened(id, Phase.COMPANIES));
        assertThat(schemaProgress(id)).containsEntry("sourceRows", attributes + 6).containsEntry("loaded", attributes + 5)
                .containsEntry("failed", 1).containsEntry("inFlight", 0);
        List<Map<String, Object>> unsuccessful = given().get("/api/runs/" + id + "/rejects").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(unsuccessful).extracting(row -> row.get("file") + ":" + row.get("line") + " " + row.get("outcome") + " " + row.get("reason"))
                .containsExactly(SchemaCommand.SOURCE + ":" + refused.sourceRow().line()
                        + " FAILED company attribute exists in Intercom as string");
    }

    private static Map<String, Object> schemaProgress(String id) {
        return given().get("/api/runs/" + id).then().statusCode(200).extract().jsonPath().getMap("objects.schema");
    }
}
