package io.github.ateraintercom.sandbox.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures requests per second against a running sandbox: {@code POST /companies} (create-or-update
 * over a rotating set of {@code company_id}s) and {@code GET /companies/{id}}, each with N
 * connections sending back to back. Not a test: run it by hand as the module README describes.
 *
 * <p>Arguments: base URL (default {@code http://localhost:8090}), connections (32), seconds per
 * scenario (15), token ({@code sandbox-token}). The sandbox's rate limits must be raised, or most
 * answers are 429s, which the report would show.
 */
public final class SandboxBenchmark {

    private static final int COMPANY_IDS = 1_000;
    private static final int WARM_UP_SECONDS = 5;
    private static final Pattern COMPANY_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{24})\"");

    private final URI server;
    private final int connections;
    private final int seconds;
    private final String token;

    private SandboxBenchmark(URI server, int connections, int seconds, String token) {
        this.server = server;
        this.connections = connections;
        this.seconds = seconds;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        SandboxBenchmark benchmark = new SandboxBenchmark(
                URI.create(arg(args, 0, "http://localhost:8090")),
                Integer.parseInt(arg(args, 1, "32")),
                Integer.parseInt(arg(args, 2, "15")),
                arg(args, 3, "sandbox-token"));
        benchmark.run();
    }

    private void run() throws Exception {
        String id = createTarget();
        Scenario upsert = (connection, n) -> connection.exchange("POST", "/companies",
                "{\"company_id\": \"bench-" + (n % COMPANY_IDS) + "\", \"name\": \"Bench " + n + "\","
                        + " \"custom_attributes\": {\"seq\": " + n + "}}");
        Scenario lookup = (connection, n) -> connection.exchange("GET", "/companies/" + id, null);

        measure("warm-up", upsert, WARM_UP_SECONDS);
        measure("warm-up", lookup, WARM_UP_SECONDS);
        System.out.printf("%d connections, %d s per scenario, against %s%n", connections, seconds, server);
        report("POST /companies", measure("POST /companies", upsert, seconds));
        report("GET /companies/{id}", measure("GET /companies/{id}", lookup, seconds));
    }

    /** The company the lookups read. */
    private String createTarget() throws Exception {
        try (KeepAliveConnection connection = new KeepAliveConnection(server, token)) {
            int status = connection.exchange("POST", "/companies", "{\"company_id\": \"bench-target\"}");
            Matcher id = COMPANY_ID.matcher(connection.lastBody());
            if (status != 200 || !id.find()) {
                throw new IllegalStateException("creating the lookup target answered " + status + ": " + connection.lastBody());
            }
            return id.group(1);
        }
    }

    private Result measure(String name, Scenario scenario, int durationSeconds) throws InterruptedException {
        LongAdder ok = new LongAdder();
        LongAdder other = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int offset = c * 1_000_000;
            Thread thread = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(server, token)) {
                    for (int n = offset; running.get(); n++) {
                        (scenario.send(connection, n) / 100 == 2 ? ok : other).increment();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, name + "-" + c);
            thread.start();
            threads.add(thread);
        }
        long started = System.nanoTime();
        Thread.sleep(durationSeconds * 1_000L);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(ok.sum(), other.sum(), (System.nanoTime() - started) / 1e9);
    }

    private static void report(String name, Result result) {
        System.out.printf("%-22s %8.0f requests/s  (%d answered 2xx, %d other, %.1f s)%n",
                name, (result.ok() + result.other()) / result.seconds(), result.ok(), result.other(), result.seconds());
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }

    /** One request of a scenario; {@code n} numbers the requests of a connection. */
    @FunctionalInterface
    private interface Scenario {
        int send(KeepAliveConnection connection, int n) throws Exception;
    }

    private record Result(long ok, long other, double seconds) {
    }
}
