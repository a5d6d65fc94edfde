package io.github.ateraintercom.stack;

import io.github.ateraintercom.cli.api.JsonHttp;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-command demo: starts the whole platform on embedded servers, then migrates an Atera export
 * (by default {@code samples/atera-export}) into the Intercom sandbox the way an operator does, with
 * the operator's command line: discover, confirm the mapping, run, resolve the teammate queue and
 * follow. Exits 0 when the run completes balanced, 1 otherwise.
 */
public final class DemoMigration {

    private static final Pattern RUN_ID = Pattern.compile("^Run (\\S+): discovering");

    private DemoMigration() {
    }

    public static void main(String[] args) {
        Path root = LocalStack.findRoot();
        Path export = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : root.resolve("samples/atera-export");
        Path work = root.resolve("target/demo");
        PrintStream out = System.out;
        out.println("Starting Kafka, PostgreSQL, the Intercom sandbox and the four services (logs in " + work.resolve("logs") + ") ...");
        boolean success = false;
        try (LocalStack stack = LocalStack.start(root, work)) {
            OperatorCli cli = new OperatorCli(stack);
            out.println("$ migrate discover " + export + " --target " + stack.sandboxUrl() + " --fallback-teammate "
                    + LocalStack.FALLBACK_TEAMMATE);
            OperatorCli.Result discovered = cli.run(out, "discover", export.toString(), "--target", stack.sandboxUrl().toString(),
                    "--token-secret", LocalStack.TOKEN_SECRET, "--fallback-teammate", LocalStack.FALLBACK_TEAMMATE);
            Matcher id = RUN_ID.matcher(discovered.lines().isEmpty() ? "" : discovered.lines().get(0));
            if (discovered.exitCode() == 0 && id.find()) {
                success = migrate(cli, id.group(1), out);
                printSandbox(stack, out);
                out.println("The run's reports are in " + stack.runDirectory().resolve(id.group(1)) + ".");
            }
        }
        System.exit(success ? 0 : 1);
    }

    /**
     * Confirms the proposal as it stands (an operator would review and edit it first), starts the run,
     * sends the technicians no teammate matches to the fallback teammate (an operator could map each to
     * a teammate instead), follows the run to its end, and has every record read back from Intercom and
     * compared with what the mapping says it should hold.
     */
    private static boolean migrate(OperatorCli cli, String runId, PrintStream out) {
        for (List<String> command : List.of(List.of("mapping", "confirm", runId), List.of("run", runId),
                List.of("teammates", "fallback-all", runId), List.of("status", runId, "--follow"),
                List.of("verify", runId, "--follow"))) {
            out.println("$ migrate " + String.join(" ", command));
            if (cli.run(out, command.toArray(String[]::new)).exitCode() != 0) {
                return false;
            }
        }
        return true;
    }

    private static void printSandbox(LocalStack stack, PrintStream out) {
        JsonHttp sandbox = new JsonHttp(Map.of("Authorization", "Bearer " + LocalStack.SANDBOX_TOKEN));
        long companies = sandbox.get(stack.sandboxUrl().resolve("/companies")).body().path("total_count").asLong();
        long contacts = sandbox.get(stack.sandboxUrl().resolve("/contacts")).body().path("total_count").asLong();
        long conversations = sandbox.get(stack.sandboxUrl().resolve("/conversations")).body().path("total_count").asLong();
        out.println();
        out.println("The Intercom sandbox now holds " + companies + " companies, " + contacts + " contacts and "
                + conversations + " conversations.");
    }
}
