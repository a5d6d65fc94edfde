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
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A loader killed (SIGKILL) while it writes conversations' parts, creates and replies in flight, is
 * replaced by a new loader on the same database and consumer groups: every conversation ends up
 * with exactly its parts in order, once, with its assignee and state, although search trails the
 * writes and the killed loader's last writes reached Intercom unrecorded.
 */
class RestartMidConversationLeavesNoDuplicatePartIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void conversationsCutOffByAKillAreFinishedByTheNextLoaderWithoutAnyPartTwice() {
        try (ServiceProcess sandbox = SandboxServer.start(Map.of("SANDBOX_SEARCH_LAG", "PT1S"))) {
            // slow writes, so the kill finds conversations half written and calls on their way
            given().baseUri(sandbox.baseUrl().toString()).contentType(ContentType.JSON)
                    .body(Map.of("method", "POST", "path", "/conversations/**", "latency_ms", 100, "jitter_ms", 200))
                    .post("/sandbox/faults").then().statusCode(201);
            LoaderDeployment deployment = LoaderDeployment.create(Map.of(
                    "loader.intercom.search-lag", "PT4S",
                    "loader.intercom.initial-backoff", "PT0.01S",
                    "loader.intercom.max-backoff", "PT0.2S"));
            String runId;
            GeneratedHelpdesk helpdesk;
            try (ServiceProcess killed = deployment.start()) {
                runId = LoaderRuns.start(sandbox.baseUrl().toString(), GeneratedHelpdesk.OWNER, null);
                helpdesk = new GeneratedHelpdesk(runId, 20, 40, 120, 6);
                helpdesk.loadPeople(deployment::topic, WAIT);
                helpdesk.openConversations(deployment::topic);
                await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                        .until(() -> helpdesk.partlyWritten(GeneratedHelpdesk.state(sandbox.baseUrl())) >= 20);
                killed.kill();
            }
            try (ServiceProcess replacement = deployment.start()) {
                helpdesk.assertEveryRecordLoaded(WAIT);
                JsonNode state = GeneratedHelpdesk.state(sandbox.baseUrl());
                helpdesk.assertWorkspaceHoldsExactly(state, GeneratedHelpdesk.adminIds(state));
            }
        }
    }
}
