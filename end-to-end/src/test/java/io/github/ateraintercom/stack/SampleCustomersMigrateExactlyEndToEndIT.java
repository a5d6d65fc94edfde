package io.github.ateraintercom.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrates samples/atera-export through the four real services, a real broker and database and the
 * sandbox, then checks the target against the expected companies field by field, each bad row on the
 * rejects topic with its reason, and the reconciliation.
 */
class SampleCustomersMigrateExactlyEndToEndIT {

    private static LocalStack stack;
    private static OrchestratorApi orchestrator;
    private static JsonNode run;

    @BeforeAll
    static void migrateTheSample() {
        stack = LocalStack.start(LocalStack.findRoot(), LocalStack.findRoot().resolve("end-to-end/target/e2e-logs"));
        orchestrator = new OrchestratorApi(stack.orchestratorUrl());
        JsonNode started = orchestrator.startRun(stack.root().resolve("samples/atera-export"), stack.sandboxUrl(),
                LocalStack.TOKEN_SECRET);
        run = orchestrator.awaitFinal(started.path("id").asText(), Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void runCompletesAndBalances() {
        assertThat(run.path("state").asText()).as("run %s", run).isEqualTo("COMPLETED");
        assertThat(run.path("balanced").asBoolean()).isTrue();
        JsonNode customers = run.path("objects").path("customer");
        assertThat(customers.path("sourceRows").asLong()).isEqualTo(10);
        assertThat(customers.path("extracted").asLong()).isEqualTo(9);
        assertThat(customers.path("transformed").asLong()).isEqualTo(7);
        assertThat(customers.path("loaded").asLong()).isEqualTo(7);
        assertThat(customers.path("rejected").asLong()).isEqualTo(3);
        assertThat(customers.path("failed").asLong()).isZero();
        assertThat(customers.path("inFlight").asLong()).isZero();
        assertThat(customers.path("loaded").asLong() + customers.path("rejected").asLong() + customers.path("failed").asLong())
                .isEqualTo(customers.path("sourceRows").asLong());
    }

    @Test
    void sandboxHoldsExactlyTheExpectedCompaniesWithEveryMappedField() throws IOException {
        List<Map<String, Object>> expected = resource("expected-companies.json");
        JsonHttp sandbox = new JsonHttp(Map.of("Authorization", "Bearer " + LocalStack.SANDBOX_TOKEN, "Intercom-Version", "2.16"));

        List<JsonNode> all = allCompanies(sandbox);
        assertThat(all).extracting(company -> company.path("company_id").asText())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(company -> (String) company.get("company_id")).toList());

        for (Map<String, Object> company : expected) {
            JsonHttp.Answer answer = sandbox.get(stack.sandboxUrl().resolve("/companies?company_id=" + company.get("company_id")));
            assertThat(answer.status()).isEqualTo(200);
            JsonNode actual = answer.body().path("data").path(0);
            assertThat(actual.path("id").asText()).matches("[0-9a-f]{24}");
            Map<String, Object> written = Json.MAPPER.convertValue(actual, new TypeReference<>() { });
            assertThat(written).as("company %s", company.get("company_id"))
                    .containsEntry("name", company.get("name"))
                    .containsEntry("website", company.get("website"))
                    .containsEntry("remote_created_at", company.get("remote_created_at"))
                    .containsEntry("custom_attributes", company.get("custom_attributes"));
        }
    }

    @Test
    void everyBadRowIsOnTheRejectsTopicWithItsReason() throws IOException {
        List<Map<String, Object>> expected = resource("expected-rejects.json");

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), run.path("id").asText(),
                expected.size(), Duration.ofSeconds(30));

        assertThat(rejects).hasSize(expected.size());
        for (Map<String, Object> want : expected) {
            long line = ((Number) want.get("line")).longValue();
            Envelope<Reject> reject = rejects.stream().filter(r -> r.sourceRow().line() == line).findFirst().orElseThrow(
                    () -> new AssertionError("no reject for line " + line + " in " + rejects));
            assertThat(reject.sourceRow().file()).isEqualTo(want.get("file"));
            assertThat(reject.sourceId()).isEqualTo(want.get("sourceId"));
            assertThat(reject.payload().stage().wireName()).isEqualTo(want.get("stage"));
            assertThat(reject.payload().rule()).isEqualTo(want.get("rule"));
            assertThat(reject.payload().column()).isEqualTo(want.get("column"));
            assertThat(reject.payload().message()).startsWith("customers.csv line " + line + " column " + want.get("column") + ": ");
            assertThat(reject.payload().original()).isNotBlank();
        }
        assertThat(orchestrator.rejects(run.path("id").asText())).hasSize(expected.size());
    }

    @Test
    void everyServiceServesHealthPrometheusMetricsAndOpenApi() {
        JsonHttp http = new JsonHttp(Map.of());
        stack.services().forEach((name, url) -> {
            JsonHttp.Answer health = http.get(url.resolve("/q/health"));
            assertThat(health.status()).as(name + " health").isEqualTo(200);
            assertThat(health.body().path("status").asText()).as(name + " health").isEqualTo("UP");
            assertThat(PlainHttp.get(url.resolve("/q/metrics"))).as(name + " metrics").contains("# TYPE jvm_memory_used_bytes gauge");
            assertThat(PlainHttp.get(url.resolve("/q/openapi"))).as(name + " openapi").startsWith("---\nopenapi: 3.");
        });
    }

    private static List<JsonNode> allCompanies(JsonHttp sandbox) {
        List<JsonNode> companies = new ArrayList<>();
        String scrollParam = null;
        while (true) {
            URI page = stack.sandboxUrl().resolve("/companies/scroll" + (scrollParam == null ? "" : "?scroll_param=" + scrollParam));
            JsonHttp.Answer answer = sandbox.get(page);
            assertThat(answer.status()).isEqualTo(200);
            JsonNode data = answer.body().path("data");
            if (data.isEmpty()) {
                return companies;
            }
            data.forEach(companies::add);
            scrollParam = answer.body().path("scroll_param").asText();
        }
    }

    private static List<Map<String, Object>> resource(String name) throws IOException {
        try (InputStream in = SampleCustomersMigrateExactlyEndToEndIT.class.getResourceAsStream("/" + name)) {
            return Json.MAPPER.readValue(in, new TypeReference<>() { });
        }
    }
}
