package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.support.Control;
import io.github.ateraintercom.sandbox.support.ControlProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(ControlProfile.class)
class InjectedLatencyDelaysTheAnswerTest {

    @BeforeEach
    void noFaults() {
        Control.reset();
    }

    @Test
    void fixedLatencyPlusJitterDelaysEveryMatchingRequest() {
        Control.addFault("{\"method\": \"POST\", \"path\": \"/companies\", \"latency_ms\": 300, \"jitter_ms\": 100}");

        long started = System.nanoTime();
        asApp().body("{\"company_id\": \"slow-1\"}").post("/companies").then().statusCode(200);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void delayedRequestsDoNotHoldUpOthers() throws Exception {
        Control.addFault("{\"method\": \"POST\", \"path\": \"/companies\", \"latency_ms\": 1000}");
        Thread slow = new Thread(() -> asApp().body("{\"company_id\": \"slow-2\"}").post("/companies"));
        slow.start();

        long started = System.nanoTime();
        asApp().get("/companies").then().statusCode(200);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        slow.join();

        assertThat(elapsedMillis).isLessThan(1000);
    }
}
