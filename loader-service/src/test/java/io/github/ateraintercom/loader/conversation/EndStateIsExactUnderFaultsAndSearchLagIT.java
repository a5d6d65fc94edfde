package io.github.ateraintercom.loader.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.loader.GeneratedHelpdesk;
import io.github.ateraintercom.loader.LoaderDeployment;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace that answers 5 % of all calls with a 5xx, never answers 1 %, applies 1 % and drops the
 * connection, refuses bursts with 429, and whose search trails its writes by a second: a helpdesk of
 * hundreds of companies, contacts and conversations of several parts still ends up in it exactly as
 * it should, and every record gets exactly one outcome. The dice are seeded, so a failure replays.
 */
class EndStateIsExactUnderFaultsAndSearchLagIT {

    private static final Duration WAIT = Duration.ofSeconds(150);

    @Test
    void everyObjectIsWrittenOnceWithItsPartsInOrderAndEveryRecordHasOneOutcome() {
        try (ServiceProcess sandbox = SandboxServer.start(Map.of("SANDBOX_FAULTS_SEED", "20251006", "SANDBOX_SEARCH_LAG", "PT1S"))) {
            given().baseUri(sandbox.baseUrl().toString()).contentType(ContentType.JSON)
                    .body(Map.of("path", "/**", "server_error", 0.03, "bad_gateway", 0.01, "service_unavailable", 0.01,
                            "hang", 0.01, "drop_after_write", 0.01, "burst", Map.of("probability", 0.002, "requests", 5)))
                    .post("/sandbox/faults").then().statusCode(201);
            // a short request timeout, so calls left unanswered cost little; lost creates wait out four times the search lag
            LoaderDeployment deployment = LoaderDeployment.create(Map.of(
                    "loader.intercom.request-timeout", "PT2S",
                    "loader.intercom.search-lag", "PT4S",
                    "loader.intercom.max-attempts", "10",
                    "loader.intercom.initial-backoff", "PT0.01S",
                    "loader.intercom.max-backoff", "PT0.2S",
                    // every retry and its reason in the loader's log (target/test-logs), to replay a failure
                    "quarkus.log.category.\"io.github.ateraintercom.loader.intercom\".level", "DEBUG"));
            try (ServiceProcess loader = deployment.start()) {
                String runId = LoaderRuns.start(sandbox.baseUrl().toString(), GeneratedHelpdesk.OWNER, null);
                GeneratedHelpdesk helpdesk = new GeneratedHelpdesk(runId, 200, 250, 250, 4);
                helpdesk.loadPeople(deployment::topic, WAIT);
                helpdesk.openConversations(deployment::topic);

                helpdesk.assertEveryRecordLoadedOnce(WAIT);
                JsonNode state = GeneratedHelpdesk.state(sandbox.baseUrl());
                helpdesk.assertWorkspaceHoldsExactly(state, GeneratedHelpdesk.adminIds(state));
            }
            List<Map<String, Object>> requests = given().baseUri(sandbox.baseUrl().toString()).get("/sandbox/requests")
                    .then().statusCode(200).extract().jsonPath().getList("requests");
            assertThat(requests).as("every kind of fault struck the writes").extracting(count -> count.get("method") + " "
                    + count.get("path") + " " + count.get("status")).contains(
                    "POST /conversations 500", "POST /conversations null", "POST /conversations/{conversation_id}/reply null",
                    "POST /conversations/{conversation_id}/parts null", "POST /contacts null", "POST /companies 503");
            assertThat(requests).extracting(count -> count.get("status")).contains(429, 502);
        }
    }
}
