package io.github.ateraintercom.loader.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.ControlSerde;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.kafka.EnvelopePublisher;
import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.TopicProvisioner;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.BenchmarkBroker;
import io.github.ateraintercom.testsupport.KafkaServer;
import io.github.ateraintercom.testsupport.PostgresServer;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;


/**
 * How much of Intercom's rate limit the loader uses, and how its throughput grows with replicas,
 * against the sandbox with Intercom-like latency: contacts, then conversations of several parts,
 * written by real loader processes sharing one broker and one database. The calls the sandbox
 * answered are counted each second; the figures are calls per second against the allowance and the
 * share of 429s. A main class, not a test; its commands and figures are in the module's README.
 * <ul>
 * <li>{@code utilisation [contacts] [conversations] [callsPerMinute]}: one loader, 150 ms ± 50 ms.</li>
 * <li>{@code scale-out [contacts] [conversations] [replicas,…] [callsPerMinute|unlimited]}: 300 ms.</li>
 * </ul>
 * {@code -Dbenchmark.loader-concurrency} sets each loader's records in flight (default 96, as deployed).
 */
public final class LoaderBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(45);
    private static final String FALLBACK_TEAMMATE = "owner@sandbox.example";
    private static final String UNLIMITED = "100000000";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path root;
    private final Path workDirectory;
    private final BenchmarkBroker broker;
    private final PostgresServer.Connection database;

    private LoaderBenchmark(Path root, Path workDirectory, BenchmarkBroker broker, PostgresServer.Connection database) {
        this.root = root;
        this.workDirectory = workDirectory;
        this.broker = broker;
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkBroker.quietLogging();
        String mode = args.length > 0 ? args[0] : "utilisation";
        boolean scaleOut = mode.equals("scale-out");
        int contacts = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : scaleOut ? 6_000 : 30_000;
        int conversations = args.length > 2 ? Integer.parseInt(args[2].replace("_", "")) : scaleOut ? 1_000 : 5_000;
        List<Integer> replicas = scaleOut && args.length > 3 ? Arrays.stream(args[3].split(",")).map(Integer::parseInt).toList()
                : scaleOut ? List.of(1, 2, 3) : List.of(1);
        String perMinute = args.length > (scaleOut ? 4 : 3) ? args[scaleOut ? 4 : 3] : scaleOut ? "unlimited" : "10000";
        String limit = perMinute.equals("unlimited") ? UNLIMITED : perMinute;
        Map<String, Object> latency = scaleOut ? Map.of("path", "/**", "latency_ms", 300)
                : Map.of("path", "/**", "latency_ms", 100, "jitter_ms", 100);

        Path workDirectory = Files.createDirectories(Path.of(System.getProperty("benchmark.dir", "target/loader-benchmark"))
                .toAbsolutePath().normalize());
        try (BenchmarkBroker broker = BenchmarkBroker.start(workDirectory, "1g");
             ServiceProcess sandbox = SandboxServer.start(Map.of("SANDBOX_RATE_LIMIT_PER_MINUTE", limit,
                     "SANDBOX_RATE_LIMIT_WORKSPACE_PER_MINUTE", limit))) {
            TopicProvisioner.ensure(broker.bootstrapServers(), 12, (short) 1);
            LoaderBenchmark benchmark = new LoaderBenchmark(ServiceProcess.repositoryRoot(), workDirectory, broker,
                    PostgresServer.connection());
            System.out.printf("%s: %,d contacts + %,d conversations of 3 parts, %s calls/min, latency %s%n", mode, contacts,
                    conversations, perMinute, latency);
            System.out.printf("%8s %8s %9s %8s %10s %10s %9s %12s %7s %8s%n", "replicas", "records", "calls", "seconds", "calls/s",
                    "steady/s", "allowed/s", "utilisation", "429s", "429 %");
            for (int count : replicas) {
                benchmark.measure(sandbox.baseUrl(), latency, count, contacts, conversations,
                        limit.equals(UNLIMITED) ? Double.NaN : Integer.parseInt(limit) / 6 / 10.0);
            }
        }
    }

    private void measure(URI sandbox, Map<String, Object> latency, int replicas, int contacts, int conversations, double allowed)
            throws Exception {
        control(sandbox, "POST", "/sandbox/reset", null);
        control(sandbox, "POST", "/sandbox/faults", Json.MAPPER.writeValueAsString(latency));
        String runId = UUID.randomUUID().toString();
        publish(Topics.CONTROL, new RunStarted(runId, "/exports/benchmark", "UTC", sandbox.toString(), "INTERCOM_TOKEN",
                SourceKind.EXPORT_DIRECTORY, null, null, null, FALLBACK_TEAMMATE, null));
        publishRecords(runId, contacts, conversations);

        List<ServiceProcess> loaders = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> results = broker.consumer(Topics.RESULTS)) {
            for (int i = 0; i < replicas; i++) {
                loaders.add(ServiceProcess.start(root, "loader-service", ServiceProcess.freePort(), Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                        "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                        "QUARKUS_DATASOURCE_USERNAME", database.username(),
                        "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                        "LOADER_CONCURRENCY", System.getProperty("benchmark.loader-concurrency", "96"),
                        "INTERCOM_TOKEN", SandboxServer.TOKEN), workDirectory.resolve("logs"), List.of("-Xmx512m")));
            }
            loaders.forEach(loader -> loader.awaitReady(Duration.ofMinutes(2)));
            // every replica holds its partitions before anything moves: a rebalance mid-run would stop them all
            for (String group : List.of("loader-intercom.contacts", "loader-intercom.conversations")) {
                KafkaServer.awaitGroup(broker.bootstrapServers(), group, replicas, Duration.ofMinutes(2));
            }
            CallWindows windows = CallWindows.sample(() -> answered(sandbox));
            long start = System.nanoTime();
            publish(Topics.CONTROL, new PhaseOpened(runId, Phase.CONTACTS));
            long unsuccessful = await(results, runId, ObjectType.CONTACT, contacts);
            publish(Topics.CONTROL, new PhaseOpened(runId, Phase.CONVERSATIONS));
            unsuccessful += await(results, runId, ObjectType.TICKET, conversations);
            double seconds = (System.nanoTime() - start) / 1e9;

            List<Long> steady = windows.stop();
            long[] answered = answered(sandbox);
            long calls = answered[0];
            long refused = answered[1];
            double rate = calls / seconds;
            double steadyRate = steady.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / CallWindows.SECONDS;
            System.out.printf("%8d %,8d %,9d %8.1f %10.1f %10.1f %9s %12s %,7d %7.2f%%%s%n", replicas, contacts + conversations,
                    calls, seconds, rate, steadyRate, Double.isNaN(allowed) ? "-" : String.format("%.1f", allowed),
                    Double.isNaN(allowed) ? "-" : String.format("%.1f %%", 100 * steadyRate / allowed), refused,
                    100.0 * refused / calls, unsuccessful == 0 ? "" : "  (" + unsuccessful + " records not loaded)");
            System.out.println("         calls per full 10-second window: " + steady);
        } finally {
            loaders.forEach(ServiceProcess::close);
        }
    }

    /** Calls the sandbox has answered so far, and how many of them with 429. */
    private static long[] answered(URI sandbox) {
        try {
            long calls = 0;
            long refused = 0;
            for (JsonNode count : Json.MAPPER.readTree(control(sandbox, "GET", "/sandbox/requests", null)).path("requests")) {
                calls += count.path("count").asLong();
                refused += count.path("status").asInt() == 429 ? count.path("count").asLong() : 0;
            }
            return new long[] {calls, refused};
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox's request counts cannot be read", e);
        }
    }

    /** Reads results until {@code expected} records of {@code type} have one; answers how many did not load. */
    private static long await(KafkaConsumer<byte[], byte[]> results, String runId, ObjectType type, int expected) {
        EnvelopeSerde<LoadResult> serde = new EnvelopeSerde<>(LoadResult.class);
        Instant deadline = Instant.now().plus(PATIENCE);
        long seen = 0;
        long unsuccessful = 0;
        while (seen < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + seen + " of " + expected + " " + type + " results within " + PATIENCE);
            }
            for (ConsumerRecord<byte[], byte[]> record : results.poll(Duration.ofMillis(200))) {
                if (serde.decode(record.value()) instanceof Decoded.Readable<LoadResult> readable
                        && readable.envelope().runId().equals(runId) && readable.envelope().objectType() == type) {
                    seen++;
                    unsuccessful += readable.envelope().payload().status() == LoadResult.Status.LOADED ? 0 : 1;
                }
            }
        }
        return unsuccessful;
    }

    private void publishRecords(String runId, int contacts, int conversations) throws Exception {
        try (EnvelopePublisher publisher = new EnvelopePublisher(broker.bootstrapServers(), Map.of("linger.ms", 50))) {
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (int i = 1; i <= contacts; i++) {
                String id = String.valueOf(100_000 + i);
                sent.add(publisher.publish(Topics.INTERCOM_CONTACTS, Envelope.of(runId, ObjectType.CONTACT, id,
                        new SourceRow("contacts.csv", i + 1L), new ContactCommand(new ContactBody("user", runId + "-" + id,
                                "user" + i + "." + runId.substring(0, 8) + "@example.com", null, "User " + i, 1_700_000_000L, null),
                                null))));
            }
            for (int i = 1; i <= conversations; i++) {
                String ticket = String.valueOf(500_000 + i);
                String endUser = String.valueOf(100_000 + 1 + (i - 1) % contacts);
                long opened = 1_700_000_000L + i * 60L;
                sent.add(publisher.publish(Topics.INTERCOM_CONVERSATIONS, Envelope.of(runId, ObjectType.TICKET, ticket,
                        new SourceRow("tickets.csv", i + 1L), new ConversationCommand(endUser, null,
                                part(ObjectType.TICKET, ticket, i + 1L, ConversationPart.Author.CONTACT, endUser,
                                        ConversationPart.Kind.COMMENT, "The printer stops after every page", opened),
                                List.of(part(ObjectType.TICKET_COMMENT, ticket + "/1", 3L * i, ConversationPart.Author.TECHNICIAN,
                                                "1", ConversationPart.Kind.COMMENT, "Which printer is it?", opened + 600),
                                        part(ObjectType.TICKET_COMMENT, ticket + "/2", 3L * i + 1, ConversationPart.Author.CONTACT,
                                                endUser, ConversationPart.Kind.COMMENT, "The one on floor 3", opened + 1200),
                                        part(ObjectType.TICKET_COMMENT, ticket + "/3", 3L * i + 2, ConversationPart.Author.TECHNICIAN,
                                                "1", ConversationPart.Kind.NOTE, "Driver reinstalled", opened + 1800)),
                                "Printer stops #" + i, Map.of(), List.of(), ConversationCommand.State.CLOSED, List.of()))));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        }
    }

    private static ConversationPart part(ObjectType type, String id, long line, ConversationPart.Author author, String authorId,
                                         ConversationPart.Kind kind, String body, long createdAt) {
        String file = type == ObjectType.TICKET ? "tickets.csv" : "ticket_comments.csv";
        return new ConversationPart(new SourceRef(type, id, new SourceRow(file, line)), author, authorId, kind, body, createdAt,
                List.of());
    }

    private void publish(String topic, ControlMessage message) throws Exception {
        try (RecordProducer producer = new RecordProducer(broker.bootstrapServers(), Map.of())) {
            producer.send(topic, message.key(), ControlSerde.encode(message)).get(30, TimeUnit.SECONDS);
        }
    }

    private static String control(URI sandbox, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.resolve(path)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
