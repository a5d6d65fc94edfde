package io.github.ateraintercom.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one-command demo: starts the whole platform on embedded servers, migrates an Atera export
 * (by default {@code samples/atera-export}) into the Intercom sandbox, prints the run summary and stops.
 * Exits 0 when the run completes balanced, 1 otherwise.
 */
public final class DemoMigration {

    private DemoMigration() {
    }

    public static void main(String[] args) {
        Path root = LocalStack.findRoot();
        Path export = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : root.resolve("samples/atera-export");
        Path logs = root.resolve("target/demo-logs");
        PrintStream out = System.out;
        out.println("Starting Kafka, PostgreSQL, the Intercom sandbox and the four services (logs in " + logs + ") ...");
        boolean success;
        try (LocalStack stack = LocalStack.start(root, logs)) {
            OrchestratorApi api = new OrchestratorApi(stack.orchestratorUrl());
            JsonNode run = api.startRun(export, stack.sandboxUrl(), LocalStack.TOKEN_SECRET, LocalStack.FALLBACK_TEAMMATE, true);
            String id = run.path("id").asText();
            out.println("Run " + id + ": discovering " + export);
            api.awaitConfirmation(id, Duration.ofMinutes(2));
            MappingSummary.print(api.mapping(id), out);
            // the demo confirms the proposal as it stands; an operator would review and edit it first
            JsonNode confirmed = api.confirm(id);
            out.println("Mapping version " + confirmed.path("version").asInt() + " confirmed (" + api.manifest(id).path("count").asInt()
                    + " custom attributes): migrating.");
            api.start(id);
            List<JsonNode> unmatched = api.sendUnmatchedTechniciansToFallback(id, Duration.ofMinutes(5));
            if (!unmatched.isEmpty()) {
                // an operator could map each to a teammate instead (PUT /api/runs/{id}/teammates/{technicianId})
                out.println("Teammate queue: " + unmatched.size() + " technicians match no Intercom teammate; each goes to the fallback "
                        + "teammate " + LocalStack.FALLBACK_TEAMMATE + ":");
                unmatched.forEach(technician -> out.println("  " + technician.path("technicianId").asText() + " "
                        + technician.path("email").asText() + " (" + technician.path("name").asText() + ")"));
            }
            run = api.awaitFinal(id, Duration.ofMinutes(10));
            RunSummary.print(run, api.rejects(id), out);
            JsonHttp sandbox = new JsonHttp(Map.of("Authorization", "Bearer " + LocalStack.SANDBOX_TOKEN));
            long companies = sandbox.get(stack.sandboxUrl().resolve("/companies")).body().path("total_count").asLong();
            long contacts = sandbox.get(stack.sandboxUrl().resolve("/contacts")).body().path("total_count").asLong();
            long conversations = sandbox.get(stack.sandboxUrl().resolve("/conversations")).body().path("total_count").asLong();
            out.println();
            out.println("The Intercom sandbox now holds " + companies + " companies, " + contacts + " contacts and "
                    + conversations + " conversations.");
            success = "COMPLETED".equals(run.path("state").asText()) && run.path("balanced").asBoolean();
        }
        System.exit(success ? 0 : 1);
    }
}
