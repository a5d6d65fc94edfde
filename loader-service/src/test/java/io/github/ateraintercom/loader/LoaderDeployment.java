package io.github.ateraintercom.loader;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.KafkaServer;
import io.github.ateraintercom.testsupport.PostgresServer;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Packaged loaders in JVMs of their own, as production runs them, on the shared broker and database,
 * that take their commands from topics of their own in consumer groups of their own: the loader
 * other tests run inside the test JVM never sees these commands, and a loader of the deployment that
 * is killed is replaced by another that resumes where it stopped.
 */
public final class LoaderDeployment {

    private static final List<String> COMMAND_TOPICS = List.of(Topics.INTERCOM_COMPANIES, Topics.INTERCOM_CONTACTS,
            Topics.INTERCOM_TEAMMATES, Topics.INTERCOM_CONVERSATIONS, Topics.INTERCOM_ARTICLES, Topics.INTERCOM_CUSTOM_DATA, Topics.INTERCOM_SCHEMA);

    private static final Duration READY = Duration.ofMinutes(2);

    private final String name;
    private final List<String> jvmOptions;

    private LoaderDeployment(String name, List<String> jvmOptions) {
        this.name = name;
        this.jvmOptions = jvmOptions;
    }

    /** A deployment whose loaders run with these configuration keys (e.g. {@code loader.intercom.request-timeout}). */
    public static LoaderDeployment create(Map<String, String> settings) {
        String name = "deployment-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaServer.createTopics(COMMAND_TOPICS.stream().map(topic -> name + "." + topic).toList());
        List<String> options = new ArrayList<>(ServiceProcess.FAST_START);
        settings.forEach((key, value) -> options.add("-D" + key + "=" + value));
        for (String topic : COMMAND_TOPICS) {
            String channel = "mp.messaging.incoming.\"" + topic + "\"";
            options.add("-D" + channel + ".topic=" + name + "." + topic);
            options.add("-D" + channel + ".group.id=" + name + ".loader-" + topic);
            // a killed loader's partitions pass to the next one within seconds, not Kafka's default 45
            options.add("-D" + channel + ".session.timeout.ms=6000");
            options.add("-D" + channel + ".heartbeat.interval.ms=2000");
        }
        return new LoaderDeployment(name, List.copyOf(options));
    }

    /** The deployment's own topic for the platform's command topic {@code topic}. */
    public String topic(String topic) {
        return name + "." + topic;
    }

    /** The consumer group of the deployment's loaders on the platform's command topic {@code topic}. */
    public String group(String topic) {
        return name + ".loader-" + topic;
    }

    /** Waits until {@code members} loaders of the deployment hold the partitions of the command topic {@code topic}. */
    public void awaitConsumers(String topic, int members) {
        KafkaServer.awaitGroup(group(topic), members, READY);
    }

    /** Starts another loader of the deployment and waits until it is ready; the caller closes or kills it. */
    public ServiceProcess start() {
        return start(1).get(0);
    }

    /** Starts {@code count} loaders of the deployment side by side and waits until each is ready; the caller closes them. */
    public List<ServiceProcess> start(int count) {
        List<ServiceProcess> loaders = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                loaders.add(launch());
            }
            loaders.forEach(loader -> loader.awaitReady(READY));
            return loaders;
        } catch (RuntimeException e) {
            loaders.forEach(ServiceProcess::close);
            throw e;
        }
    }

    private ServiceProcess launch() {
        PostgresServer.Connection database = PostgresServer.connection();
        Path root = ServiceProcess.repositoryRoot();
        return ServiceProcess.start(root, "loader-service", ServiceProcess.freePort(), Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", KafkaServer.bootstrapServers(),
                        "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                        "QUARKUS_DATASOURCE_USERNAME", database.username(),
                        "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                        SandboxResource.TOKEN_SECRET, SandboxServer.TOKEN),
                root.resolve("loader-service/target/test-logs"), jvmOptions);
    }
}
