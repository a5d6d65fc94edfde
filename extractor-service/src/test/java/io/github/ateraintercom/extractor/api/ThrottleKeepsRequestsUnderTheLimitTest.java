package io.github.ateraintercom.extractor.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleKeepsRequestsUnderTheLimitTest {

    @Test
    void callersFromSeveralThreadsShareOneEvenlySpacedRate() throws InterruptedException {
        Throttle throttle = new Throttle(600); // one request per 100 ms
        ExecutorService callers = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();

        for (int i = 0; i < 8; i++) {
            callers.submit(() -> {
                throttle.acquire();
                return null;
            });
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        // the first goes at once, the seven others one interval apart
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }
}
