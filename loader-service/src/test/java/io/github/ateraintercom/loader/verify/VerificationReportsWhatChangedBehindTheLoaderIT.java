package io.github.ateraintercom.loader.verify;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.VerificationOrdered;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.common.verification.RecordVerified;
import io.github.ateraintercom.common.verification.RecordVerified.Difference;
import io.github.ateraintercom.common.verification.RecordVerified.Outcome;
import io.github.ateraintercom.common.verification.VerificationFinished;
import io.github.ateraintercom.common.verification.VerificationMessage;
import io.github.ateraintercom.common.verification.VerificationPlanned;
import io.github.ateraintercom.loader.GeneratedHelpdesk;
import io.github.ateraintercom.loader.LoaderDeployment;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's verification, through a packaged loader, the broker, the database and the sandbox: a run
 * left alone verifies entirely; after a company is renamed, a contact deleted and a conversation
 * retitled and given a note in Intercom behind the loader's back, exactly those records are reported,
 * with each field that differs; a sample reads back only as many records, spread over the kinds. The
 * same holds for the run's schema: a tag deleted, attributes archived or redescribed or given other
 * options, a collection renamed. Both runs share one sandbox and one loader.
 */
class VerificationReportsWhatChangedBehindTheLoaderIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int COMPANIES = 2;
    private static final int CONTACTS = 4;
    private static final int TICKETS = 4;
    private static final int RECORDS = COMPANIES + CONTACTS + TICKETS;
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    private static ServiceProcess sandbox;
    private static LoaderDeployment deployment;
    private static ServiceProcess loader;

    @BeforeAll
    static void startSandboxAndLoader() {
        sandbox = SandboxServer.start(Map.of());
        deployment = LoaderDeployment.create(Map.of());
        loader = deployment.start();
    }

    @AfterAll
    static void stop() {
        if (loader != null) {
            loader.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void untouchedRunVerifiesEntirelyAndEveryChangeBehindTheLoaderIsReported() {
        String runId = LoaderRuns.start(sandbox.baseUrl().toString(), GeneratedHelpdesk.OWNER, null);
        GeneratedHelpdesk helpdesk = new GeneratedHelpdesk(runId, COMPANIES, CONTACTS, TICKETS, 3);
        helpdesk.loadPeople(deployment::topic, WAIT);
        helpdesk.openConversations(deployment::topic);
        helpdesk.assertEveryRecordLoaded(WAIT);

        List<RecordVerified> untouched = verify(runId, 1, null);
        assertThat(untouched).as("every record read back").hasSize(RECORDS)
                .allSatisfy(record -> assertThat(record.outcome()).as(record.kind() + " " + record.sourceId()).isEqualTo(Outcome.VERIFIED));

        RequestSpecification api = api();
        api.body(Map.of("name", "Renamed in Intercom")).put("/companies/" + intercomId(untouched, "customer-0"))
                .then().statusCode(200);
        api.delete("/contacts/" + intercomId(untouched, "enduser-1")).then().statusCode(200);
        String conversation = intercomId(untouched, "ticket-0");
        api.body(Map.of("title", "Retitled")).put("/conversations/" + conversation).then().statusCode(200);
        String owner = GeneratedHelpdesk.adminIds(GeneratedHelpdesk.state(sandbox.baseUrl())).get(GeneratedHelpdesk.OWNER);
        api.body(Map.of("message_type", "note", "type", "admin", "admin_id", owner, "body", "<p>Added by hand</p>"))
                .post("/conversations/" + conversation + "/reply").then().statusCode(200);

        List<RecordVerified> changed = verify(runId, 2, null);
        assertThat(changed).hasSize(RECORDS);
        assertThat(changed).filteredOn(record -> record.outcome() != Outcome.VERIFIED).extracting(RecordVerified::sourceId)
                .as("exactly the records changed behind the loader").containsExactlyInAnyOrder("customer-0", "enduser-1", "ticket-0");
        assertThat(record(changed, "customer-0").differences())
                .containsExactly(new Difference("name", "Company 0", "Renamed in Intercom"));
        assertThat(record(changed, "enduser-1").outcome()).isEqualTo(Outcome.MISSING);
        RecordVerified retitled = record(changed, "ticket-0");
        assertThat(retitled.outcome()).isEqualTo(Outcome.MISMATCHED);
        assertThat(retitled.differences()).contains(new Difference("title", "Ticket 0", "Retitled"),
                new Difference("parts", "3", "4"), new Difference("part 4 type", null, "note"),
                new Difference("part 4 author", null, owner), new Difference("part 4 body", null, "Added by hand"));
        assertThat(retitled.differences()).hasSize(5);

        List<VerificationMessage> sampled = messages(runId, 3, 4L);
        assertThat(sampled).contains(new VerificationPlanned(runId, 3, 4, RECORDS));
        assertThat(entries(sampled, 3)).extracting(RecordVerified::kind).as("a sample spread over every kind")
                .hasSize(4).contains("company", "contact", "conversation");
    }

    @Test
    void schemaItemsChangedBehindTheLoaderAreReportedExactlyAndAdoptedOrUntouchedOnesVerify() {
        RequestSpecification api = api();
        String existing = api.body(Map.of("name", "Existing tag")).post("/tags").then().statusCode(200).extract().path("id");
        SchemaCommand tier = SchemaCommand.attribute("company",
                new AttributeSpec("verified_tier", AttributeType.LIST, List.of("Gold", "Silver"), "Customer tier"));
        SchemaCommand seats = SchemaCommand.attribute("contact", new AttributeSpec("verified_seats", AttributeType.INTEGER, List.of(), null));
        SchemaCommand since = SchemaCommand.attribute("contact",
                new AttributeSpec("verified_since", AttributeType.DATE, List.of(), "Customer since"));
        SchemaCommand hours = SchemaCommand.attribute("conversation",
                new AttributeSpec("verified_hours", AttributeType.FLOAT, List.of(), "Hours worked"));
        SchemaCommand vip = SchemaCommand.tag("VIP");
        SchemaCommand adopted = SchemaCommand.tag("Existing tag");
        SchemaCommand guides = SchemaCommand.collection(List.of("Guides"));
        SchemaCommand vpn = SchemaCommand.collection(List.of("Guides", "VPN"));
        List<SchemaCommand> schema = List.of(tier, seats, since, hours, vip, adopted, guides, vpn);
        String runId = LoaderRuns.start(sandbox.baseUrl().toString(), GeneratedHelpdesk.OWNER, null);
        TopicWriter.control(new PhaseOpened(runId, Phase.SCHEMA));
        for (int line = 1; line <= schema.size(); line++) {
            SchemaCommand item = schema.get(line - 1);
            TopicWriter.raw(deployment.topic(Topics.INTERCOM_SCHEMA), item.key(), EnvelopeSerde.encode(Envelope.of(runId, ObjectType.SCHEMA,
                    item.sourceId(), new SourceRow(SchemaCommand.SOURCE, line), item)));
        }
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, schema.size(), WAIT)).extracting(result -> result.payload().status())
                .as("the run's schema").hasSize(schema.size()).containsOnly(LoadResult.Status.LOADED);

        List<RecordVerified> untouched = verify(runId, 1, null);
        assertThat(untouched).as("every schema item read back").hasSize(schema.size())
                .allSatisfy(record -> assertThat(record.outcome()).as(record.kind() + " " + record.sourceId()).isEqualTo(Outcome.VERIFIED));
        assertThat(untouched).extracting(RecordVerified::kind).containsOnly("data attribute", "conversation attribute", "tag", "collection");
        assertThat(intercomId(untouched, adopted.sourceId())).isEqualTo(existing);

        api.body(Map.of("description", "Changed by hand", "options", List.of(Map.of("value", "Gold"), Map.of("value", "Bronze"))))
                .put("/data_attributes/" + intercomId(untouched, tier.sourceId())).then().statusCode(200);
        api.body(Map.of("archived", true)).put("/data_attributes/" + intercomId(untouched, seats.sourceId())).then().statusCode(200);
        api.body(Map.of("description", "Changed by hand")).put("/conversations/attributes/" + intercomId(untouched, hours.sourceId()))
                .then().statusCode(200);
        api.delete("/tags/" + intercomId(untouched, vip.sourceId())).then().statusCode(200);
        api.body(Map.of("name", "Networking")).put("/help_center/collections/" + intercomId(untouched, vpn.sourceId()))
                .then().statusCode(200);

        List<RecordVerified> changed = verify(runId, 2, null);
        assertThat(changed).hasSize(schema.size());
        assertThat(changed).filteredOn(record -> record.outcome() == Outcome.VERIFIED).extracting(RecordVerified::sourceId)
                .as("untouched, or adopted and still there").containsExactlyInAnyOrder(since.sourceId(), adopted.sourceId(), guides.sourceId());
        assertThat(record(changed, tier.sourceId()).differences()).containsExactly(
                new Difference("description", "Customer tier", "Changed by hand"), new Difference("options", "Gold, Silver", "Gold, Bronze"));
        assertThat(record(changed, seats.sourceId()).differences()).containsExactly(new Difference("archived", "false", "true"));
        assertThat(record(changed, hours.sourceId()).differences())
                .containsExactly(new Difference("description", "Hours worked", "Changed by hand"));
        assertThat(record(changed, vip.sourceId()).outcome()).isEqualTo(Outcome.MISSING);
        assertThat(record(changed, vpn.sourceId()).differences()).containsExactly(new Difference("name", "VPN", "Networking"));
        assertThat(changed).filteredOn(record -> record.outcome() == Outcome.MISMATCHED).extracting(RecordVerified::sourceId)
                .containsExactlyInAnyOrder(tier.sourceId(), seats.sourceId(), hours.sourceId(), vpn.sourceId());
    }

    private static List<RecordVerified> verify(String runId, int order, Long sample) {
        return entries(messages(runId, order, sample), order);
    }

    private static List<VerificationMessage> messages(String runId, int order, Long sample) {
        TopicWriter.control(new VerificationOrdered(runId, order, sample));
        List<VerificationMessage> messages = TopicReader.verificationMessages(runId,
                message -> message instanceof VerificationFinished finished && finished.order() == order, WAIT);
        assertThat(messages).as("verification finished").anyMatch(message -> message instanceof VerificationFinished finished
                && finished.order() == order && finished.failure() == null);
        return messages;
    }

    private static List<RecordVerified> entries(List<VerificationMessage> messages, int order) {
        return messages.stream().filter(RecordVerified.class::isInstance).map(RecordVerified.class::cast)
                .filter(record -> record.order() == order).toList();
    }

    private static RecordVerified record(List<RecordVerified> records, String sourceId) {
        return records.stream().filter(record -> record.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    private static String intercomId(List<RecordVerified> records, String sourceId) {
        return record(records, sourceId).intercomId();
    }

    /** The sandbox's public API, as anyone with the workspace's token changes it behind the loader's back. */
    private static RequestSpecification api() {
        return given().baseUri(sandbox.baseUrl().toString()).header("Authorization", "Bearer " + SandboxServer.TOKEN)
                .contentType(ContentType.JSON);
    }
}
