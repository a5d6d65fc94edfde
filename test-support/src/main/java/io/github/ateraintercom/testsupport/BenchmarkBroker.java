package io.github.ateraintercom.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logmanager.LogContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

/**
 * The broker of a benchmark in a JVM of its own, so the benchmark's heap and CPU figures hold the
 * service under test alone. The broker lives as long as its parent: it stops (and deletes its data) when the
 * parent closes its standard input, or dies.
 */
public final class BenchmarkBroker implements AutoCloseable {

    private final Process process;
    private final String bootstrapServers;

    private BenchmarkBroker(Process process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts the broker JVM with the same classpath; its log and its data stay under {@code workDirectory}. */
    public static BenchmarkBroker start(Path workDirectory, String heap) throws IOException, InterruptedException {
        Path data = Files.createDirectories(workDirectory.resolve("broker-data"));
        Path address = workDirectory.resolve("broker-address");
        Files.deleteIfExists(address);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-Djava.io.tmpdir=" + data,
                "-cp", System.getProperty("java.class.path"), BenchmarkBroker.class.getName(), address.toString()))
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("broker.log").toFile());
        // the same broker wherever the figures are taken, unless asked otherwise
        builder.environment().putIfAbsent("MIGRATION_INFRA", "embedded");
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.isRegularFile(address)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                throw new IllegalStateException("the broker did not start; see " + workDirectory.resolve("broker.log"));
            }
            Thread.sleep(100);
        }
        return new BenchmarkBroker(process, Files.readString(address).strip());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** A consumer of its own group reading {@code topic} from the start, committed records only, as services read. */
    public KafkaConsumer<byte[], byte[]> consumer(String topic) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** CPU time the broker JVM has used so far, in seconds. */
    public double cpuSeconds() {
        return process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9).orElse(Double.NaN);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The broker process: writes its address to the file named by the argument, then runs until stdin closes. */
    public static void main(String[] args) throws IOException {
        quietLogging();
        String bootstrap = KafkaServer.bootstrapServers();
        Path address = Path.of(args[0]);
        Path partial = Path.of(args[0] + ".partial");
        Files.writeString(partial, bootstrap);
        Files.move(partial, address, StandardCopyOption.ATOMIC_MOVE);
        while (System.in.read() >= 0) {
            // nothing is sent: end of input means the benchmark is over
        }
        // the shutdown hook stops the broker and deletes its log directories
        System.exit(0);
    }

    /**
     * INFO, as the services log. Unconfigured, the log manager enables every level, and the Kafka
     * client then formats a trace message for each record sent, which a service never pays for.
     */
    public static void quietLogging() {
        LogContext.getSystemLogContext().getLogger("").setLevel(Level.INFO);
    }
}
