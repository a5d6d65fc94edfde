package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.testsupport.KafkaServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Extraction throughput: generates an export of N customers, then publishes it to a real broker
 * through the production path (CSV reader, duplicate check, envelope JSON, one Kafka transaction)
 * and prints rows per second. Not part of the test run; see the module README for the command.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path export = Files.createTempDirectory("extraction-benchmark");
        Path file = export.resolve(ObjectType.CUSTOMER.fileName());
        generate(file, rows);
        String bootstrap = KafkaServer.bootstrapServers();
        ExtractorPublisher publisher = new ExtractorPublisher(bootstrap, new SimpleMeterRegistry());
        CsvFileReader reader = new CsvFileReader(100_000);

        for (int round = 1; round <= 3; round++) {
            String runId = UUID.randomUUID().toString();
            long start = System.nanoTime();
            FileExtracted extracted = publisher.atomically(file.getFileName().toString(),
                    () -> new FileExtraction(runId, ObjectType.CUSTOMER, export, publisher).run(reader));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %,d rows (%,d MB) published in %.2f s = %,.0f rows/s%n", round, extracted.rowsPublished(),
                    Files.size(file) / (1024 * 1024), seconds, extracted.rowsRead() / seconds);
        }
        publisher.close();
        System.exit(0);
    }

    private static void generate(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("CustomerID,CustomerName,CreatedOn,LastModified,BusinessNumber,Domain,Address,City,State,Country,ZipCodeStr,Phone,Notes\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",\"Customer " + i + ", Inc.\",2021-03-14T09:30:00Z,2025-10-02T11:00:00Z,BN-" + i
                        + ",customer" + i + ".example,\"" + i + " Harbor Blvd\",Portland,OR,United States,97201,+1 503 555 0142,"
                        + "\"Managed since 2021; notes line\"\n");
            }
        }
    }
}
