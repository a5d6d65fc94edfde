package io.github.ateraintercom.orchestrator.restart;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.KafkaServer;
import io.github.ateraintercom.testsupport.PostgresServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged orchestrator in a JVM of its own, as production runs it, on the shared broker with a
 * database and consumer groups of its own: the orchestrator other tests run inside the test JVM
 * never shares its runs or its partitions. One that is killed is replaced by another on the same
 * database and groups, which must take over where it stopped.
 */
final class OrchestratorProcess {

    private static final List<String> CONSUMED = List.of(Topics.EVENTS, Topics.RESULTS, Topics.REJECTS);

    private final String token = UUID.randomUUID().toString();
    private final PostgresServer.Connection database;
    private final List<String> jvmOptions;

    private OrchestratorProcess(PostgresServer.Connection database, List<String> jvmOptions) {
        this.database = database;
        this.jvmOptions = jvmOptions;
    }

    static OrchestratorProcess create() {
        String name = "orchestrator_" + UUID.randomUUID().toString().substring(0, 8);
        List<String> options = new ArrayList<>(ServiceProcess.FAST_START);
        options.add("-Dorchestrator.completion-check-interval=200ms");
        for (String topic : CONSUMED) {
            String channel = "mp.messaging.incoming.\"" + topic + "\"";
            options.add("-D" + channel + ".group.id=" + name + "-" + topic);
            // a killed orchestrator's partitions pass to the next one within seconds, not Kafka's default 45
            options.add("-D" + channel + ".session.timeout.ms=6000");
            options.add("-D" + channel + ".heartbeat.interval.ms=2000");
        }
        return new OrchestratorProcess(PostgresServer.database(name), List.copyOf(options));
    }

    /** Starts an orchestrator and waits until it is ready; the caller closes or kills it. */
    ServiceProcess start() {
        Path root = ServiceProcess.repositoryRoot();
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", KafkaServer.bootstrapServers());
        environment.put("ORCHESTRATOR_OPERATOR_TOKEN", token);
        ServiceProcess orchestrator = ServiceProcess.start(root, "orchestrator-service", ServiceProcess.freePort(), environment,
                root.resolve("orchestrator-service/target/test-logs"), jvmOptions);
        orchestrator.awaitReady(Duration.ofMinutes(2));
        return orchestrator;
    }

    /** Requests to this orchestrator's API, as its operator. */
    RequestSpecification api(ServiceProcess orchestrator) {
        return new RequestSpecBuilder().setBaseUri(orchestrator.baseUrl().toString()).addHeader("Authorization", "Bearer " + token).build();
    }
}
