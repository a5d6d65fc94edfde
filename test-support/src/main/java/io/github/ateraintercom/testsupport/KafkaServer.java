package io.github.ateraintercom.testsupport;

import io.github.ateraintercom.common.topics.TopicProvisioner;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.GroupState;
import org.testcontainers.kafka.KafkaContainer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One real Kafka broker (KRaft, single node) per JVM, shared by every test and by the local stack:
 * a container where Docker exists, otherwise the broker embedded in this JVM.
 */
public final class KafkaServer {

    static final String IMAGE = "apache/kafka:4.1.2";
    /** Record topics get as many partitions as a default deployment, so ordering is tested as in production. */
    static final int RECORD_PARTITIONS = 3;

    private static String bootstrapServers;

    private KafkaServer() {
    }

    /** Starts the broker on first use and returns its bootstrap address; the platform's topics exist. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = DockerProbe.dockerAvailable() ? startContainer() : startEmbedded();
            TopicProvisioner.ensure(bootstrapServers, RECORD_PARTITIONS, (short) 1);
        }
        return bootstrapServers;
    }

    /** A topic of its own, for a test whose consumers must see nothing but what it publishes. */
    public static String createTopic(String name) {
        createTopics(List.of(name));
        return name;
    }

    /**
     * Creates record topics beside the platform's, laid out like them, for services a test runs apart
     * from the ones sharing this broker.
     */
    public static void createTopics(List<String> names) {
        try (Admin admin = admin()) {
            admin.createTopics(names.stream().map(name -> new NewTopic(name, RECORD_PARTITIONS, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + names, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Waits until the consumer group has {@code members} members, settled and each holding partitions,
     * so that what is published next is not redelivered by a rebalance.
     */
    public static void awaitGroup(String group, int members, Duration timeout) {
        awaitGroup(bootstrapServers(), group, members, timeout);
    }

    /** As {@link #awaitGroup(String, int, Duration)}, on the broker at {@code bootstrapServers} (a benchmark's). */
    public static void awaitGroup(String bootstrapServers, String group, int members, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get(10, TimeUnit.SECONDS);
                if (description.groupState() == GroupState.STABLE && description.members().size() == members
                        && description.members().stream().noneMatch(member -> member.assignment().topicPartitions().isEmpty())) {
                    return;
                }
                Thread.sleep(250);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe consumer group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        throw new IllegalStateException("consumer group " + group + " did not settle with " + members + " members within " + timeout);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private static String startContainer() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "kafka-container-stop"));
        return container.getBootstrapServers();
    }

    private static String startEmbedded() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(properties -> {
                    properties.put("auto.create.topics.enable", "false");
                    properties.put("num.partitions", String.valueOf(RECORD_PARTITIONS));
                    properties.put("group.initial.rebalance.delay.ms", "0");
                    properties.put("offsets.topic.num.partitions", "3");
                })
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-embedded-stop"));
        return broker.getAdvertisedListeners();
    }
}
