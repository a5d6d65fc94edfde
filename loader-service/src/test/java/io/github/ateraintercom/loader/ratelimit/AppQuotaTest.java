package io.github.ateraintercom.loader.ratelimit;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas spending one app's allowance against a server that counts calls in fixed windows
 * aligned on the clock, as Intercom and the sandbox do (1-second windows here, to see several).
 */
class AppQuotaTest {

    private static final int LIMIT = 20;
    private static final QuotaRules RULES = new QuotaRules(0.25, 5, Duration.ofMillis(50), Duration.ofSeconds(1));
    /** 20 less 25 % headroom. */
    private static final int ALLOWANCE = 15;

    @Test
    void replicasTogetherSpendTheAllowanceOfEveryWindowAndNeverMore() throws Exception {
        DataSource database = MigratedSchema.create();
        String app = "http://intercom.test#" + UUID.randomUUID();
        List<AppQuota> replicas = List.of(new AppQuota(app, new QuotaStore(database, RULES)),
                new AppQuota(app, new QuotaStore(database, RULES)));
        Server server = new Server();
        List<AtomicInteger> callsByReplica = List.of(new AtomicInteger(), new AtomicInteger());
        long deadline = System.nanoTime() + Duration.ofMillis(3_500).toNanos();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int replica = i % 2;
                workers.add(threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        replicas.get(replica).acquire();
                        callsByReplica.get(replica).incrementAndGet();
                        replicas.get(replica).answered(server.answer());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(server.callsByWindow.values()).as("calls the server counted per window")
                .allSatisfy(calls -> assertThat(calls.get()).isLessThanOrEqualTo(ALLOWANCE));
        assertThat(server.callsByWindow.values().stream().filter(calls -> calls.get() == ALLOWANCE).count())
                .as("windows spent to the allowance: each new window refilled").isGreaterThanOrEqualTo(2);
        assertThat(callsByReplica).allSatisfy(calls -> assertThat(calls.get()).isPositive());
    }

    /** Counts calls in fixed 1-second windows and answers with Intercom's rate-limit headers. */
    private static final class Server {

        final Map<Long, AtomicInteger> callsByWindow = new ConcurrentHashMap<>();

        HttpHeaders answer() {
            long window = System.currentTimeMillis() / 1000;
            int calls = callsByWindow.computeIfAbsent(window, ignored -> new AtomicInteger()).incrementAndGet();
            return HttpHeaders.of(Map.of(
                    "X-RateLimit-Limit", List.of(String.valueOf(LIMIT)),
                    "X-RateLimit-Remaining", List.of(String.valueOf(Math.max(0, LIMIT - calls))),
                    "X-RateLimit-Reset", List.of(String.valueOf(window + 1))), (name, value) -> true);
        }
    }
}
