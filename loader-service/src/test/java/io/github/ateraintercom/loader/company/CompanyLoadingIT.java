package io.github.ateraintercom.loader.company;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunCancelled;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Company commands written to the sandbox through the real broker and database. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class CompanyLoadingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Inject
    Ledger ledger;

    @Test
    void redeliveredCommandWritesOneCompanyAndOneLedgerEntry() {
        String runId = startRun(SandboxResource.TOKEN_SECRET);
        String companyId = "c-" + UUID.randomUUID();
        Envelope<CompanyCommand> command = command(runId, companyId,
                new CompanyCommand(companyId, "Initech", "initech.example", 1604325900L, Map.of("city", "Austin")));

        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, command);
        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, command);

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT);
        assertThat(results).extracting(result -> result.payload().status()).containsExactly(LoadResult.Status.LOADED, LoadResult.Status.LOADED);
        String intercomId = results.get(0).payload().intercomId();
        assertThat(results.get(1).payload().intercomId()).isEqualTo(intercomId);

        JsonPath companies = sandbox().queryParam("company_id", companyId).get("/companies").then().statusCode(200).extract().jsonPath();
        assertThat(companies.getList("data")).hasSize(1);
        assertThat(companies.getString("data[0].id")).isEqualTo(intercomId);
        assertThat(companies.getString("data[0].name")).isEqualTo("Initech");
        assertThat(companies.getString("data[0].website")).isEqualTo("initech.example");
        assertThat(companies.getLong("data[0].remote_created_at")).isEqualTo(1604325900L);
        assertThat(companies.getMap("data[0].custom_attributes")).isEqualTo(Map.of("city", "Austin"));

        List<LedgerEntry> ledger = QuarkusTransaction.requiringNew().call(() -> LedgerEntry.list("runId", runId));
        assertThat(ledger).singleElement().satisfies(entry -> {
            assertThat(entry.sourceId).isEqualTo(companyId);
            assertThat(entry.intercomId).isEqualTo(intercomId);
            assertThat(entry.objectType).isEqualTo("customer");
        });
    }

    @Test
    void companyThatExistedBeforeTheRunIsAdoptedAndLeftAsItWas() {
        String runId = startRun(SandboxResource.TOKEN_SECRET);
        String companyId = "c-" + UUID.randomUUID();
        String existing = sandbox().contentType(ContentType.JSON).body(Map.of("company_id", companyId, "name", "Known before",
                "website", "known.example")).post("/companies").then().statusCode(200).extract().path("id");

        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, command(runId, companyId,
                new CompanyCommand(companyId, "Initech", "initech.example", 1604325900L, Map.of("city", "Austin"))));

        LoadResult result = TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT).get(0).payload();
        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(result.intercomId()).isEqualTo(existing);
        assertThat(result.detail()).isEqualTo("existed in Intercom before the run (company_id " + companyId + "): adopted, its fields are left as they are");
        assertThat(ledgerEntry(runId, companyId)).satisfies(entry -> {
            assertThat(entry.origin).isEqualTo(LedgerEntry.Origin.ADOPTED);
            assertThat(entry.intercomId).isEqualTo(existing);
        });
        JsonPath company = sandbox().get("/companies/" + existing).then().statusCode(200).extract().jsonPath();
        assertThat(company.getString("name")).isEqualTo("Known before");
        assertThat(company.getString("website")).isEqualTo("known.example");
        assertThat(company.getMap("custom_attributes")).isEmpty();
    }

    @Test
    void companyTheRunCreatedBeforeItsAnswerWasLostStaysTheRunsOwn() {
        String runId = startRun(SandboxResource.TOKEN_SECRET);
        String companyId = "c-" + UUID.randomUUID();
        // an earlier attempt recorded its intent and its create reached Intercom, but its answer never came back
        ledger.intend(runId, ObjectType.CUSTOMER, companyId);
        String created = sandbox().contentType(ContentType.JSON).body(Map.of("company_id", companyId, "name", "Initech"))
                .post("/companies").then().statusCode(200).extract().path("id");

        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, command(runId, companyId,
                new CompanyCommand(companyId, "Initech", "initech.example", null, null)));

        LoadResult result = TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT).get(0).payload();
        assertThat(result).isEqualTo(LoadResult.loaded(created));
        assertThat(ledgerEntry(runId, companyId).origin).as("created by the run, so a rollback removes it").isEqualTo(LedgerEntry.Origin.CREATED);
        assertThat(sandbox().get("/companies/" + created).then().statusCode(200).extract().jsonPath().getString("website"))
                .isEqualTo("initech.example");
    }

    @Test
    void secretMissingFromTheEnvironmentFailsTheRecordWithoutCallingIntercom() {
        String runId = startRun("NO_SUCH_SECRET");
        String companyId = "c-" + UUID.randomUUID();

        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, command(runId, companyId, new CompanyCommand(companyId, "Globex", null, null, null)));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT);
        assertThat(results).extracting(Envelope::payload)
                .containsExactly(LoadResult.failed("secret 'NO_SUCH_SECRET' is not set in the loader's environment"));
        sandbox().queryParam("company_id", companyId).get("/companies").then().statusCode(404);
    }

    @Test
    void cancelledRunWritesNothingMore() {
        String runId = startRun(SandboxResource.TOKEN_SECRET);
        String companyId = "c-" + UUID.randomUUID();
        TopicWriter.control(new RunCancelled(runId));

        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, command(runId, companyId, new CompanyCommand(companyId, "Soylent", null, null, null)));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT);
        assertThat(results).extracting(Envelope::payload)
                .containsExactly(LoadResult.failed("run " + runId + " was cancelled: nothing more of it is written"));
        sandbox().queryParam("company_id", companyId).get("/companies").then().statusCode(404);
    }

    @Test
    void intercomRefusalFailsTheRecordWithIntercomsCodeAndMessage() {
        String runId = startRun("WRONG_INTERCOM_TOKEN");
        String companyId = "c-" + UUID.randomUUID();

        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, command(runId, companyId, new CompanyCommand(companyId, "Hooli", null, null, null)));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT);
        assertThat(results).extracting(Envelope::payload)
                .containsExactly(LoadResult.failed("Intercom answered 401 unauthorized: Access Token Invalid"));
    }

    @Test
    void unreadableCommandIsRejectedAtTheLoadStage() {
        String runId = startRun(SandboxResource.TOKEN_SECRET);
        String poison = "{\"runId\":\"" + runId + "\",\"objectType\":\"customer\",\"sourceId\":\"9\","
                + "\"sourceRow\":{\"file\":\"customers.csv\",\"line\":4},\"schemaVersion\":1,\"payload\":{\"remote_created_at\":\"soon\"}}";

        TopicWriter.raw(Topics.INTERCOM_COMPANIES, "9", poison.getBytes(StandardCharsets.UTF_8));

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 1, WAIT);
        assertThat(rejects).singleElement().satisfies(reject -> {
            assertThat(reject.payload().stage()).isEqualTo(Stage.LOAD);
            assertThat(reject.payload().message()).contains("cannot be read: not an envelope of CompanyCommand");
            assertThat(reject.sourceRow()).isEqualTo(new SourceRow("customers.csv", 4));
        });
    }

    private LedgerEntry ledgerEntry(String runId, String companyId) {
        return ledger.find(runId, ObjectType.CUSTOMER, companyId).orElseThrow();
    }

    private String startRun(String tokenSecret) {
        return LoaderRuns.start(sandboxUrl, tokenSecret);
    }

    private static Envelope<CompanyCommand> command(String runId, String sourceId, CompanyCommand company) {
        return Envelope.of(runId, ObjectType.CUSTOMER, sourceId, new SourceRow("customers.csv", 2), company);
    }

    private static RequestSpecification sandbox() {
        return given().baseUri(SandboxServer.baseUrl().toString()).header("Authorization", "Bearer " + SandboxServer.TOKEN);
    }
}
