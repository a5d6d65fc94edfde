package io.github.ateraintercom.transformer.benchmark;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.ControlSerde;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.common.topics.TopicProvisioner;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.BenchmarkBroker;
import io.github.ateraintercom.testsupport.PostgresServer;
import io.github.ateraintercom.testsupport.RawRows;
import io.github.ateraintercom.testsupport.ServiceProcess;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How many records per second the transformer service turns into Intercom commands, through the
 * real broker and database: contacts (each one mapped and published) and tickets (staged with their
 * comments in PostgreSQL, then assembled into one conversation each). The records are published
 * before the service starts, so the figures are the service's own, from ready to the last command
 * out. A main class, not a test; its command and figures are in the module's README.
 * {@code -Dbenchmark.service-jvm} sets the service's JVM options (default {@code -Xmx512m}).
 */
public final class TransformationBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private TransformationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkBroker.quietLogging();
        int contacts = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
        int tickets = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
        int commentsPerTicket = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path workDirectory = Files.createDirectories(Path.of(System.getProperty("benchmark.dir", "target/transformation-benchmark"))
                .toAbsolutePath().normalize());
        Path root = ServiceProcess.repositoryRoot();
        try (BenchmarkBroker broker = BenchmarkBroker.start(workDirectory, "1g")) {
            // as the orchestrator creates them in production
            TopicProvisioner.ensure(broker.bootstrapServers(), 12, (short) 1);
            PostgresServer.Connection database = PostgresServer.connection();
            System.out.printf("%-34s %11s %9s %10s %12s%n", "records", "count", "seconds", "records/s", "service CPU");

            if (contacts > 0) {
                String contactRun = startedRun(broker);
                publishContacts(broker, contactRun, contacts);
                measure(root, workDirectory, broker, database, "contacts", Topics.INTERCOM_CONTACTS, contacts, contacts);
            }
            if (tickets > 0) {
                String ticketRun = startedRun(broker);
                publishTickets(broker, ticketRun, tickets, commentsPerTicket);
                measure(root, workDirectory, broker, database, "tickets + " + commentsPerTicket + " comments each",
                        Topics.INTERCOM_CONVERSATIONS, tickets, (long) tickets * (1 + commentsPerTicket));
            }
        }
    }

    /** Starts the service, waits for {@code expected} commands on {@code topic}, and prints the rate. */
    private static void measure(Path root, Path workDirectory, BenchmarkBroker broker, PostgresServer.Connection database,
                                String what, String topic, long expected, long records) {
        try (KafkaConsumer<byte[], byte[]> consumer = broker.consumer(topic);
             ServiceProcess service = ServiceProcess.start(root, "transformer-service", ServiceProcess.freePort(), Map.of(
                     "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                     "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                     "QUARKUS_DATASOURCE_USERNAME", database.username(),
                     "QUARKUS_DATASOURCE_PASSWORD", database.password()),
                     workDirectory.resolve("logs"), List.of(System.getProperty("benchmark.service-jvm", "-Xmx512m").split(" ")))) {
            service.awaitReady(Duration.ofMinutes(2));
            double cpuAtReady = service.cpuSeconds();
            long start = System.nanoTime();
            long seen = 0;
            Instant deadline = Instant.now().plus(PATIENCE);
            while (seen < expected) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(what + ": only " + seen + " of " + expected + " commands within " + PATIENCE);
                }
                seen += consumer.poll(Duration.ofMillis(100)).count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-34s %,11d %9.1f %,10.0f %10.1f s%n", what, records, seconds, records / seconds,
                    service.cpuSeconds() - cpuAtReady);
        }
    }

    private static String startedRun(BenchmarkBroker broker) throws Exception {
        String runId = UUID.randomUUID().toString();
        RunStarted started = new RunStarted(runId, "/exports/benchmark", "UTC", "http://localhost:1", "INTERCOM_TOKEN");
        try (RecordProducer producer = new RecordProducer(broker.bootstrapServers(), Map.of())) {
            producer.send(Topics.CONTROL, started.key(), ControlSerde.encode(started)).get(30, TimeUnit.SECONDS);
        }
        return runId;
    }

    private static void publishContacts(BenchmarkBroker broker, String runId, int contacts) throws Exception {
        try (Batch batch = new Batch(broker)) {
            for (int i = 1; i <= contacts; i++) {
                String id = String.valueOf(100_000 + i);
                batch.row(ObjectType.CONTACT.topic(), RawRows.row(runId, ObjectType.CONTACT, id, i + 1L,
                        "EndUserID", id, "CustomerID", String.valueOf(1 + i % 2_000), "CustomerName", "Customer " + i % 2_000,
                        "Firstname", "Ada" + i, "Lastname", "Lovelace", "JobTitle", "Engineer", "Email", "ada" + i + "@example.com",
                        "Phone", "+1 555 0100 " + i % 1000, "MobilePhone", "", "IsContactPerson", "false", "CreatedOn",
                        "2023-04-05T10:00:00", "DepartmentName", "Operations", "Custom: Contract Tier", i % 3 == 0 ? "Gold" : "Silver"));
            }
        }
    }

    private static void publishTickets(BenchmarkBroker broker, String runId, int tickets, int commentsPerTicket) throws Exception {
        String opening = "The printer on the third floor stops after every page, and the queue fills up again. ".repeat(2);
        try (Batch batch = new Batch(broker)) {
            long comments = 0;
            for (int i = 1; i <= tickets; i++) {
                String ticketId = String.valueOf(500_000 + i);
                batch.row(ObjectType.TICKET.topic(), RawRows.row(runId, ObjectType.TICKET, ticketId, i + 1L,
                        "TicketID", ticketId, "TicketNumber", ticketId, "TicketTitle", "Printer stops #" + i,
                        "TicketPriority", "Medium", "TicketImpact", "Minor", "TicketStatus", i % 4 == 0 ? "Open" : "Resolved",
                        "TicketType", "Incident", "TicketSource", "Email", "EndUserID", String.valueOf(100_000 + i % 50_000),
                        "TicketCreatedDate", "2024-01-02T09:00:00Z", "FirstComment", opening,
                        "TechnicianContactID", String.valueOf(1 + i % 40), "Tags", "printer;floor-3"));
                for (int c = 1; c <= commentsPerTicket; c++) {
                    comments++;
                    String date = "2024-01-02T" + String.format("%02d", 9 + c) + ":00:00Z";
                    String author = c % 2 == 0 ? "EndUserID" : "TechnicianContactID";
                    batch.row(ObjectType.TICKET_COMMENT.topic(), RawRows.row(runId, ObjectType.TICKET_COMMENT,
                            ticketId + "/" + date + "/" + c, comments + 1, "TicketID", ticketId, "Date", date,
                            "Comment", "Reply " + c + " about the printer queue on ticket " + ticketId, author,
                            c % 2 == 0 ? String.valueOf(100_000 + i % 50_000) : String.valueOf(1 + i % 40),
                            "IsInternal", c == commentsPerTicket ? "true" : "false"));
                }
            }
            batch.event(runId, ObjectType.TICKET, new FileExtracted("tickets.csv", tickets, tickets, 0, "0".repeat(64)));
            batch.event(runId, ObjectType.TICKET_COMMENT, new FileExtracted("ticket_comments.csv", comments, comments, 0, "0".repeat(64)));
            batch.event(runId, ObjectType.WORK_HOUR, new FileExtracted("work_hours.csv", 0, 0, 0, "0".repeat(64)));
            batch.event(runId, null, new ExtractionFinished(List.of("tickets.csv", "ticket_comments.csv", "work_hours.csv"), Map.of(), null));
        }
    }

    /** Publishes as the extractor does, keyed by partition key, and waits for every acknowledgement. */
    private static final class Batch implements AutoCloseable {

        private final RecordProducer producer;
        private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

        Batch(BenchmarkBroker broker) {
            producer = new RecordProducer(broker.bootstrapServers(), Map.of("linger.ms", 50));
        }

        void row(String topic, Envelope<AteraRow> row) {
            last = producer.send(topic, row.objectType().partitionKey(row.sourceId(), row.payload().fields()), EnvelopeSerde.encode(row));
        }

        void event(String runId, ObjectType type, MigrationEvent event) {
            String file = event instanceof FileExtracted extracted ? extracted.file() : "run";
            last = producer.send(Topics.EVENTS, runId, EnvelopeSerde.encode(Envelope.of(runId, type, file, new SourceRow(file, 0), event)));
        }

        @Override
        public void close() throws Exception {
            producer.flush();
            last.get(2, TimeUnit.MINUTES);
            producer.close();
        }
    }
}
