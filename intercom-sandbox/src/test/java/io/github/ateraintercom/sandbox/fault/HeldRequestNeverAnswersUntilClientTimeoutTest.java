package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.support.Control;
import io.github.ateraintercom.sandbox.support.ControlProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.github.ateraintercom.sandbox.support.Api.TOKEN;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@TestProfile(ControlProfile.class)
class HeldRequestNeverAnswersUntilClientTimeoutTest {

    private static final String HELD_PATH = "/companies/000000000000000000000000";

    @TestHTTPResource("/")
    URL server;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void noFaults() {
        Control.reset();
    }

    @Test
    void clientTimesOutAndTheSandboxLetsTheRequestGo() {
        Control.addFault("{\"path\": \"" + HELD_PATH + "\", \"hang\": 1}");

        assertThatThrownBy(() -> client.send(get(HELD_PATH).timeout(Duration.ofMillis(500)).build(),
                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        // The client closed its connection on timeout; the sandbox noticed and keeps nothing.
        await().atMost(Duration.ofSeconds(5)).until(() -> heldRequests() == 0);
        asApp().get("/companies").then().statusCode(200);
    }

    @Test
    void resetClosesHeldConnections() throws Exception {
        Control.addFault("{\"path\": \"" + HELD_PATH + "\", \"hang\": 1}");
        CompletableFuture<HttpResponse<String>> pending =
                client.sendAsync(get(HELD_PATH).build(), HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(5)).until(() -> heldRequests() == 1);
        assertThat(pending).isNotDone();

        Control.reset();

        assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(heldRequests()).isZero();
    }

    private static int heldRequests() {
        return RestAssured.get("/sandbox/faults").jsonPath().getInt("held_requests");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(server.toString()).resolve(path))
                .header("Authorization", "Bearer " + TOKEN);
    }
}
