package io.github.ateraintercom.loader.intercom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What the loader tells about its calls to Intercom: every attempt by endpoint and answer, how long it
 * took (a histogram, so percentiles can be taken across replicas), how many are on their way, and the
 * retries by reason.
 */
@Startup
@ApplicationScoped
public class RequestMetrics {

    /** Why a request was sent again. */
    enum Retry {
        RATE_LIMITED("429"), SERVER_ERROR("5xx"), NETWORK("network");

        private final String reason;

        Retry(String reason) {
            this.reason = reason;
        }
    }

    /** Histogram buckets from a fast answer to the request timeout: a dozen per series, enough for percentiles. */
    private static final Duration[] BUCKETS = Stream.of(10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private final MeterRegistry meters;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Every reason is shown from the start, at 0, so a rate over it needs no series to appear first. */
    private final Map<Retry, Counter> retries = new EnumMap<>(Retry.class);

    RequestMetrics(MeterRegistry meters) {
        this.meters = meters;
        Gauge.builder("intercom_requests_in_flight", inFlight, AtomicInteger::get)
                .description("requests sent and not yet answered").register(meters);
        for (Retry retry : Retry.values()) {
            retries.put(retry, Counter.builder("intercom_retries_total").description("requests sent again, by reason")
                    .tag("reason", retry.reason).register(meters));
        }
    }

    /** One attempt leaving now; {@link Attempt#ended} tells how it ended. */
    Attempt started(String method, String endpoint) {
        inFlight.incrementAndGet();
        return new Attempt(method, endpoint, System.nanoTime());
    }

    void retried(Retry retry) {
        retries.get(retry).increment();
    }

    final class Attempt {

        private final String method;
        private final String endpoint;
        private final long startedAt;

        private Attempt(String method, String endpoint, long startedAt) {
            this.method = method;
            this.endpoint = endpoint;
            this.startedAt = startedAt;
        }

        /** The attempt's answer: its HTTP status, or {@code io_error} when none came. */
        void ended(String status) {
            inFlight.decrementAndGet();
            Counter.builder("intercom_requests_total").description("requests to Intercom by endpoint and answer")
                    .tags("method", method, "endpoint", endpoint, "status", status).register(meters).increment();
            Timer.builder("intercom_request_duration").description("time from sending a request to its answer")
                    .tags("method", method, "endpoint", endpoint)
                    .serviceLevelObjectives(BUCKETS)
                    .register(meters).record(System.nanoTime() - startedAt, TimeUnit.NANOSECONDS);
        }
    }
}
