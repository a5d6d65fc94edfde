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
import static org.awaitility.Awaitility.await;

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
        List<AppQuota> replicas = twoReplicasOfOneApp();
        Server server = new Server();
        List<AtomicInteger> callsByReplica = List.of(new AtomicInteger(), new AtomicInteger());

        spend(replicas, 8, Duration.ofMillis(3_500), replica -> {
            replicas.get(replica).take();
            callsByReplica.get(replica).incrementAndGet();
            replicas.get(replica).answered(server.answer());
        });

        assertThat(server.callsByWindow.values()).as("calls the server counted per window")
                .allSatisfy(calls -> assertThat(calls.get()).isLessThanOrEqualTo(ALLOWANCE));
        assertThat(server.callsByWindow.values().stream().filter(calls -> calls.get() == ALLOWANCE).count())
                .as("windows spent to the allowance: each new window refilled").isGreaterThanOrEqualTo(2);
        assertThat(callsByReplica).allSatisfy(calls -> assertThat(calls.get()).isPositive());
    }

    /**
     * A starved machine: every tenth sender is held up after its call was granted until that call's
     * window has ended and the next one was leased, before it reaches the check on the way out. Its
     * call is given up there and another taken, so the late sender never spends the next window's
     * allowance a second time.
     */
    @Test
    void aSenderDelayedPastItsWindowsEndDoesNotSpendTheNextWindow() throws Exception {
        List<AppQuota> replicas = twoReplicasOfOneApp();
        Server server = new Server();
        AtomicInteger granted = new AtomicInteger();
        AtomicInteger givenUp = new AtomicInteger();

        spend(replicas, 16, Duration.ofMillis(4_500), replica -> {
            AppQuota quota = replicas.get(replica);
            AppQuota.Call call = quota.acquire();
            if (!call.learning() && granted.incrementAndGet() % 10 == 0) {
                await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(2))
                        .until(() -> System.nanoTime() - call.windowEndsAt() > Duration.ofMillis(150).toNanos());
            }
            if (quota.sendable(call)) {
                quota.answered(server.answer());
            } else {
                givenUp.incrementAndGet();
            }
        });

        assertThat(server.callsByWindow.values()).as("calls the server counted per window: %s", server.callsByWindow)
                .allSatisfy(calls -> assertThat(calls.get()).isLessThanOrEqualTo(ALLOWANCE));
        assertThat(givenUp.get()).as("calls whose senders came too late, given up; per window: %s", server.callsByWindow).isPositive();
        assertThat(server.callsByWindow.values().stream().mapToInt(AtomicInteger::get).sum()).as("calls sent").isPositive();
    }

    private static List<AppQuota> twoReplicasOfOneApp() {
        DataSource database = MigratedSchema.create();
        String app = "http://intercom.test#" + UUID.randomUUID();
        return List.of(new AppQuota(app, new QuotaStore(database, RULES)), new AppQuota(app, new QuotaStore(database, RULES)));
    }

    /** Runs {@code workers} senders side by side, sender i on replica i % 2, each repeating {@code send} for {@code duration}. */
    private static void spend(List<AppQuota> replicas, int workers, Duration duration, Send send) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int replica = i % replicas.size();
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        send.once(replica);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** One request of a sender on the replica of that index. */
    private interface Send {
        void once(int replica) throws Exception;
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
