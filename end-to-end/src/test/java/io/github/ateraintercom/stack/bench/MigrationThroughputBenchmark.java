package io.github.ateraintercom.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.api.JsonHttp;
import io.github.ateraintercom.cli.api.OrchestratorClient;
import io.github.ateraintercom.cli.api.RunSourceSpec;
import io.github.ateraintercom.stack.LocalStack;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Migrates a generated export of N customers end to end through the whole stack while the sandbox
 * answers every write after Intercom-like latency (200 ms plus up to 300 ms), and prints companies
 * per second against the rate limit's ceiling. Not part of the test run; see the README for the command.
 */
public final class MigrationThroughputBenchmark {

    private MigrationThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path root = LocalStack.findRoot();
        Path export = Files.createTempDirectory("throughput-export");
        generate(export.resolve("customers.csv"), customers);
        // the other required files, empty: this benchmark measures companies alone
        Files.writeString(export.resolve("contacts.csv"), "EndUserID,CustomerID,Email\n");
        Files.writeString(export.resolve("tickets.csv"), "TicketID,EndUserID\n");
        try (LocalStack stack = LocalStack.start(root, root.resolve("target/benchmark"))) {
            new JsonHttp(Map.of()).post(stack.sandboxUrl().resolve("/sandbox/faults"),
                    Map.of("method", "POST", "path", "/companies", "latency_ms", 200, "jitter_ms", 300));
            OrchestratorClient api = stack.orchestrator();
            long start = System.nanoTime();
            JsonNode run = api.createRun(RunSourceSpec.exportDirectory(export), stack.sandboxUrl(), LocalStack.TOKEN_SECRET, LocalStack.FALLBACK_TEAMMATE,
                    null, false);
            run = api.await(run.path("id").asText(), Duration.ofMinutes(30), OrchestratorClient.FINAL_STATES);
            double seconds = (System.nanoTime() - start) / 1e9;
            long loaded = run.path("objects").path("customer").path("loaded").asLong();
            System.out.printf("%s: %,d companies loaded in %.1f s = %.1f companies/s (rate-limit ceiling 166.7/s at 10,000 calls/min)%n",
                    run.path("state").asText(), loaded, seconds, loaded / seconds);
        }
        System.exit(0);
    }

    private static void generate(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("CustomerID,CustomerName,CreatedOn,Domain\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",Customer " + i + ",2021-03-14T09:30:00Z,customer" + i + ".example\n");
            }
        }
    }
}
