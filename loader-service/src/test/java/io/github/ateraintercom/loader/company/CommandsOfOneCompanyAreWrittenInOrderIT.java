package io.github.ateraintercom.loader.company;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies load side by side, but the successive commands of one company reach Intercom in the
 * order they were published, even when Intercom answers each after a random delay.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class CommandsOfOneCompanyAreWrittenInOrderIT {

    private static final int VERSIONS = 15;
    private static final int OTHERS = 30;

    @Test
    void lastPublishedVersionWinsWhileOtherCompaniesLoadAlongside() {
        try (ServiceProcess slow = SandboxServer.start(Map.of())) {
            given().baseUri(slow.baseUrl().toString()).contentType(ContentType.JSON)
                    .body(Map.of("method", "POST", "path", "/companies", "latency_ms", 5, "jitter_ms", 60))
                    .post("/sandbox/faults").then().statusCode(201);
            String runId = LoaderRuns.start(slow.baseUrl().toString(), SandboxResource.TOKEN_SECRET);
            String companyId = runId + "-renamed";

            for (int version = 1; version <= VERSIONS; version++) {
                TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, companyId,
                        new SourceRow("customers.csv", version + 1), new CompanyCommand(companyId, "Version " + version, null, null, null)));
            }
            for (int other = 1; other <= OTHERS; other++) {
                String otherId = runId + "-" + other;
                TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, otherId,
                        new SourceRow("customers.csv", 100 + other), new CompanyCommand(otherId, "Other " + other, null, null, null)));
            }

            List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, new EnvelopeSerde<>(LoadResult.class), runId,
                    VERSIONS + OTHERS, Duration.ofSeconds(60));
            assertThat(results).hasSize(VERSIONS + OTHERS)
                    .allSatisfy(result -> assertThat(result.payload().status()).isEqualTo(LoadResult.Status.LOADED));
            assertThat(results.stream().filter(result -> result.sourceId().equals(companyId))
                    .map(result -> result.sourceRow().line()).toList())
                    .as("outcomes of one company in publication order")
                    .isSorted();
            String finalName = given().baseUri(slow.baseUrl().toString()).header("Authorization", "Bearer " + SandboxServer.TOKEN)
                    .queryParam("company_id", companyId).get("/companies")
                    .then().statusCode(200).extract().jsonPath().getString("data[0].name");
            assertThat(finalName).isEqualTo("Version " + VERSIONS);
        }
    }
}
