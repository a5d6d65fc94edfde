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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a workspace allowing 20 calls per 10-second window, 45 companies (a look-up and a write
 * each) load in five windows and Intercom never has to refuse a call: the loader waits for the
 * window instead.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class LoaderWaitsForTheRateWindowInsteadOfHitting429IT {

    private static final int COMPANIES = 45;

    @Test
    void everyCompanyLoadsWithoutASingle429() {
        try (ServiceProcess tight = SandboxServer.start(Map.of("SANDBOX_RATE_LIMIT_PER_MINUTE", "120"))) {
            String runId = LoaderRuns.start(tight.baseUrl().toString(), SandboxResource.TOKEN_SECRET);

            for (int i = 1; i <= COMPANIES; i++) {
                String companyId = runId + "-" + i;
                TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, companyId,
                        new SourceRow("customers.csv", i + 1), new CompanyCommand(companyId, "Company " + i, null, null, null)));
            }

            List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, new EnvelopeSerde<>(LoadResult.class), runId,
                    COMPANIES, Duration.ofSeconds(90));
            assertThat(results).hasSize(COMPANIES).allSatisfy(result ->
                    assertThat(result.payload().status()).isEqualTo(LoadResult.Status.LOADED));
            List<Map<String, Object>> requests = given().baseUri(tight.baseUrl().toString()).get("/sandbox/requests")
                    .then().statusCode(200).extract().jsonPath().getList("requests");
            assertThat(requests).as("calls by path and status").noneSatisfy(count -> assertThat(count.get("status")).isEqualTo(429));
            assertThat(requests).anySatisfy(count -> {
                assertThat(count).containsEntry("method", "POST").containsEntry("path", "/companies").containsEntry("status", 200);
                assertThat(count.get("count")).isEqualTo(COMPANIES);
            });
        }
    }
}
