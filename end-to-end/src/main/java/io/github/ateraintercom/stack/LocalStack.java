package io.github.ateraintercom.stack;

import io.github.ateraintercom.cli.api.OrchestratorClient;
import io.github.ateraintercom.testsupport.KafkaServer;
import io.github.ateraintercom.testsupport.PostgresServer;
import io.github.ateraintercom.testsupport.ServiceProcess;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole platform on one machine with no Docker: a real Kafka broker and PostgreSQL (embedded,
 * or containers where Docker exists), the Intercom sandbox and the four services as separate JVMs.
 */
public final class LocalStack implements AutoCloseable {

    /** The sandbox's token; it is only ever handed to the loader through the secret named below. */
    public static final String SANDBOX_TOKEN = "local-sandbox-token";
    public static final String TOKEN_SECRET = "INTERCOM_TOKEN";
    /** The sandbox's seeded workspace owner takes the tickets of technicians no teammate matches. */
    public static final String FALLBACK_TEAMMATE = "owner@sandbox.example";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    /** The operator's token for this stack's orchestrator: new for each stack, as a secret would be. */
    private final String operatorToken = UUID.randomUUID().toString();

    private final Path root;
    private final Path runDirectory;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private ServiceProcess sandbox;
    private ServiceProcess orchestrator;

    private LocalStack(Path root, Path runDirectory) {
        this.root = root;
        this.runDirectory = runDirectory;
    }

    /**
     * Starts everything and returns once every service is ready: each service logs to
     * {@code workDirectory/logs}, and the orchestrator writes each ended run's reports to
     * {@code workDirectory/runs/<run id>/}.
     */
    public static LocalStack start(Path root, Path workDirectory) {
        LocalStack stack = new LocalStack(root, workDirectory.resolve("runs"));
        try {
            stack.startAll(workDirectory.resolve("logs"));
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Path logDirectory) {
        String kafka = KafkaServer.bootstrapServers();
        PostgresServer.Connection database = PostgresServer.connection();

        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        Map<String, String> withDatabase = new HashMap<>(common);
        withDatabase.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        withDatabase.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        withDatabase.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        Map<String, String> loader = new HashMap<>(withDatabase);
        loader.put(TOKEN_SECRET, SANDBOX_TOKEN);

        sandbox = launch("intercom-sandbox", Map.of("SANDBOX_TOKENS", SANDBOX_TOKEN), logDirectory);
        Map<String, String> operated = new HashMap<>(withDatabase);
        operated.put("ORCHESTRATOR_OPERATOR_TOKEN", operatorToken);
        operated.put("ORCHESTRATOR_RUN_DIRECTORY", runDirectory.toAbsolutePath().toString());
        orchestrator = launch("orchestrator-service", operated, logDirectory);
        launch("extractor-service", common, logDirectory);
        launch("transformer-service", withDatabase, logDirectory);
        launch("loader-service", loader, logDirectory);
        processes.forEach(process -> process.awaitReady(START_TIMEOUT));
    }

    private ServiceProcess launch(String module, Map<String, String> environment, Path logDirectory) {
        ServiceProcess process = ServiceProcess.start(root, module, ServiceProcess.freePort(), environment, logDirectory);
        processes.add(process);
        return process;
    }

    public URI sandboxUrl() {
        return sandbox.baseUrl();
    }

    /** Where the orchestrator writes each ended run's reports, in a directory named after the run. */
    public Path runDirectory() {
        return runDirectory;
    }

    public URI orchestratorUrl() {
        return orchestrator.baseUrl();
    }

    /** The operator's client of this stack's orchestrator, with the operator's token. */
    public OrchestratorClient orchestrator() {
        return new OrchestratorClient(orchestrator.baseUrl(), operatorToken);
    }

    /** The environment the operator's command line needs to reach this stack's orchestrator. */
    public Map<String, String> operatorEnvironment() {
        return Map.of("MIGRATE_ORCHESTRATOR_URL", orchestrator.baseUrl().toString(), "MIGRATE_OPERATOR_TOKEN", operatorToken);
    }

    /** Every service of the stack by module name. */
    public Map<String, URI> services() {
        Map<String, URI> services = new LinkedHashMap<>();
        processes.forEach(process -> services.put(process.name(), process.baseUrl()));
        return services;
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() {
        processes.forEach(ServiceProcess::close);
    }

    /** The repository root: the nearest directory upwards holding both the parent pom and the samples. */
    public static Path findRoot() {
        String configured = System.getProperty("stack.root");
        Path candidate = Path.of(configured != null ? configured : "").toAbsolutePath();
        for (Path dir = candidate; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("samples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + candidate);
    }

}
