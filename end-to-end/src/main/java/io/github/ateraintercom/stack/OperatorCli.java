package io.github.ateraintercom.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's command line run as an operator runs it ({@code java -jar cli/target/migrate.jar}),
 * pointed at a stack's orchestrator with its token, its output echoed as it comes.
 */
public final class OperatorCli {

    private final Path jar;
    private final Map<String, String> environment;

    public OperatorCli(LocalStack stack) {
        this(stack.root().resolve("cli/target/migrate.jar"), stack.operatorEnvironment());
    }

    private OperatorCli(Path jar, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the project first (./mvnw -DskipTests install)");
        }
        this.jar = jar;
        this.environment = Map.copyOf(environment);
    }

    /** The same command line with another operator token in its environment. */
    public OperatorCli withToken(String token) {
        Map<String, String> changed = new HashMap<>(environment);
        changed.put("MIGRATE_OPERATOR_TOKEN", token);
        return new OperatorCli(jar, changed);
    }

    /** What a command printed (standard output and error, in order) and its exit code. */
    public record Result(int exitCode, List<String> lines) {

        public String output() {
            return String.join("\n", lines);
        }
    }

    /** Runs {@code migrate <arguments>}, echoing each line to {@code echo} (null: silently). */
    public Result run(PrintStream echo, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    lines.add(line);
                    if (echo != null) {
                        echo.println(line);
                    }
                }
            }
            return new Result(process.waitFor(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
