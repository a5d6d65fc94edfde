package io.github.ateraintercom.loader.customdata;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.intercom.CustomDataCommand;
import io.github.ateraintercom.common.intercom.SourceRef;
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
import io.restassured.path.json.config.JsonPathConfig;
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

/** Custom data written onto companies and contacts in the sandbox, through the real broker and database, behind its phase. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class CustomDataLoadingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Inject
    Ledger ledger;

    @Test
    void typedAttributesAreCreatedValuesWrittenAndTagsAppliedOnceEvenWhenRedelivered() {
        String runId = startRun();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String customerId = "c-" + suffix;
        String endUserId = "u-" + suffix;
        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, customerId,
                new SourceRow("customers.csv", 2), new CompanyCommand(customerId, "Initech", null, null, null)));
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, Envelope.of(runId, ObjectType.CONTACT, endUserId, new SourceRow("contacts.csv", 2),
                new ContactCommand(new ContactBody("user", endUserId, endUserId + "@initech.example", null, "Peter", null, null), null)));
        List<Envelope<LoadResult>> written = TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT);
        String companyId = intercomId(written, ObjectType.CUSTOMER);
        String contactId = intercomId(written, ObjectType.CONTACT);

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tier_" + suffix, "Gold");
        values.put("seats_" + suffix, 12);
        values.put("renewal_" + suffix, 1767225600);
        values.put("managed_" + suffix, true);
        values.put("rate_" + suffix, 2400.5);
        List<AttributeSpec> specs = List.of(new AttributeSpec("tier_" + suffix, AttributeType.LIST, List.of("Gold", "Silver"), null),
                new AttributeSpec("seats_" + suffix, AttributeType.INTEGER, List.of(), null),
                new AttributeSpec("renewal_" + suffix, AttributeType.DATE, List.of(), null),
                new AttributeSpec("managed_" + suffix, AttributeType.BOOLEAN, List.of(), null),
                new AttributeSpec("rate_" + suffix, AttributeType.FLOAT, List.of(), null));
        Envelope<CustomDataCommand> company = command(runId, CustomDataCommand.Target.COMPANY, customerId, values, specs, "VIP " + suffix, 2);
        Envelope<CustomDataCommand> contact = command(runId, CustomDataCommand.Target.CONTACT, endUserId,
                Map.of("languages_" + suffix, "English, French"),
                List.of(new AttributeSpec("languages_" + suffix, AttributeType.STRING, List.of("English", "French", "German"), null)),
                "Decision maker " + suffix, 3);
        TopicWriter.envelope(Topics.INTERCOM_CUSTOM_DATA, company);
        TopicWriter.envelope(Topics.INTERCOM_CUSTOM_DATA, contact);
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 3, Duration.ofSeconds(3)))
                .as("the custom-data phase is closed: nothing of it is written").hasSize(2);

        TopicWriter.control(new PhaseOpened(runId, Phase.CUSTOM_DATA));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 6, WAIT);
        assertThat(carried(results)).as("every carried row has the command's outcome")
                .extracting(result -> result.sourceRow().file() + ":" + result.sourceRow().line() + " " + result.payload().status())
                .containsExactlyInAnyOrder("custom_values.csv:2 LOADED", "tags.csv:2 LOADED", "custom_values.csv:3 LOADED",
                        "tags.csv:3 LOADED");
        // decimals read as doubles, as the loader wrote them
        assertThat(new JsonPath(sandbox().get("/companies/" + companyId).then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE)).getMap("custom_attributes"))
                .containsAllEntriesOf(values);
        Map<String, String> types = new LinkedHashMap<>();
        JsonPath attributes = sandbox().get("/data_attributes?model=company").then().statusCode(200).extract().jsonPath();
        attributes.getList("data", Map.class).forEach(attribute -> types.put((String) attribute.get("name"), attribute.get("data_type")
                + (attribute.get("options") == null ? "" : " " + attribute.get("options"))));
        assertThat(types).containsEntry("tier_" + suffix, "string [Gold, Silver]").containsEntry("seats_" + suffix, "integer")
                .containsEntry("renewal_" + suffix, "date").containsEntry("managed_" + suffix, "boolean").containsEntry("rate_" + suffix, "float");
        assertThat(sandbox().get("/contacts/" + contactId).then().statusCode(200).extract().jsonPath().getMap("custom_attributes"))
                .containsEntry("languages_" + suffix, "English, French");

        TopicWriter.envelope(Topics.INTERCOM_CUSTOM_DATA, company);
        TopicWriter.envelope(Topics.INTERCOM_CUSTOM_DATA, contact);
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 10, WAIT)).hasSize(10);
        assertThat(sandbox().get("/companies/" + companyId).then().statusCode(200).extract().jsonPath().getList("tags.tags.name", String.class))
                .containsExactly("VIP " + suffix);
        assertThat(sandbox().get("/contacts/" + contactId + "/tags").then().statusCode(200).extract().jsonPath()
                .getList("data.name", String.class)).containsExactly("Decision maker " + suffix);
    }

    @Test
    void customDataOfACompanyTheRunDidNotWriteIsHeldWithTheReason() {
        String runId = startRun();
        TopicWriter.control(new PhaseOpened(runId, Phase.CUSTOM_DATA));

        TopicWriter.envelope(Topics.INTERCOM_CUSTOM_DATA, command(runId, CustomDataCommand.Target.COMPANY, "rejected-customer",
                Map.of("tier", "Gold"), List.of(), "VIP", 2));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT)).extracting(Envelope::payload).containsOnly(LoadResult.held(
                "its company, CustomerID rejected-customer, is not in Intercom: that customer was rejected, failed or held")).hasSize(2);
    }

    @Test
    void customDataOfAnAdoptedContactIsHeldAndTheContactLeftAsItWas() {
        String runId = startRun();
        ledger.record(runId, ObjectType.CONTACT, "2001", "existing-contact", "hash", LedgerEntry.Origin.ADOPTED);
        TopicWriter.control(new PhaseOpened(runId, Phase.CUSTOM_DATA));

        TopicWriter.envelope(Topics.INTERCOM_CUSTOM_DATA, command(runId, CustomDataCommand.Target.CONTACT, "2001",
                Map.of("tier", "Gold"), List.of(), "VIP", 2));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT)).extracting(Envelope::payload).containsOnly(LoadResult.held(
                "its contact, EndUserID 2001, existed in Intercom before the run (adopted): its fields are left as they are")).hasSize(2);
    }

    @Test
    void anExistingAttributeOfAnotherTypeFailsTheRecordWithTheReason() {
        String runId = startRun();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        sandbox().contentType(ContentType.JSON).body(Map.of("name", "clash_" + suffix, "model", "company", "data_type", "string"))
                .post("/data_attributes").then().statusCode(200);
        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, "c-" + suffix,
                new SourceRow("customers.csv", 2), new CompanyCommand("c-" + suffix, "Initrode", null, null, null)));
        TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT);
        TopicWriter.control(new PhaseOpened(runId, Phase.CUSTOM_DATA));

        TopicWriter.envelope(Topics.INTERCOM_CUSTOM_DATA, command(runId, CustomDataCommand.Target.COMPANY, "c-" + suffix,
                Map.of("clash_" + suffix, 3), List.of(new AttributeSpec("clash_" + suffix, AttributeType.INTEGER, List.of(), null)),
                "VIP", 2));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 3, WAIT);
        assertThat(carried(results)).extracting(result -> result.payload().status()).containsOnly(LoadResult.Status.FAILED).hasSize(2);
        assertThat(carried(results).get(0).payload().reason()).contains("company attribute 'clash_" + suffix + "' exists in Intercom as string",
                "writes integer values");
    }

    private String startRun() {
        return LoaderRuns.start(sandboxUrl);
    }

    /** A command carrying one custom value (its envelope's row) and one tag. */
    private static Envelope<CustomDataCommand> command(String runId, CustomDataCommand.Target target, String ateraId,
                                                       Map<String, Object> values, List<AttributeSpec> specs, String tag, long line) {
        SourceRow valueRow = new SourceRow("custom_values.csv", line);
        String valueId = target + "/" + ateraId + "/" + line;
        List<SourceRef> carried = List.of(new SourceRef(ObjectType.CUSTOM_VALUE, valueId, valueRow),
                new SourceRef(ObjectType.TAG, ateraId + "/" + tag, new SourceRow("tags.csv", line)));
        return Envelope.of(runId, ObjectType.CUSTOM_VALUE, valueId, valueRow,
                new CustomDataCommand(target, ateraId, values, specs, List.of(tag), carried));
    }

    private static List<Envelope<LoadResult>> carried(List<Envelope<LoadResult>> results) {
        return results.stream().filter(result -> result.objectType() == ObjectType.CUSTOM_VALUE || result.objectType() == ObjectType.TAG)
                .toList();
    }

    private static String intercomId(List<Envelope<LoadResult>> results, ObjectType type) {
        return results.stream().filter(result -> result.objectType() == type).findFirst().orElseThrow().payload().intercomId();
    }
}
