package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.extractor.config.ExtractorConfig;
import io.github.ateraintercom.testsupport.BenchmarkBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Extraction throughput and memory: generates an export of N tickets with five comments each on
 * average (about 2 GB for a million tickets), then extracts it as a run does (the export directory
 * source, CSV reader, duplicate check, envelope JSON, one Kafka transaction per file) to a broker
 * running in a JVM of its own, so this JVM's heap is the extractor's alone. Prints, per file, rows,
 * time, rows/s, MB/s and heap. Not part of the test run; see the module README for the command.
 *
 * <p>Arguments: tickets (default 1,000,000), rounds (default 1; each round is a new run over the same
 * files). System property {@code benchmark.dir} (default {@code target/extraction-benchmark}) holds
 * the export, reused once generated, and the broker's log and data, deleted when it stops;
 * {@code benchmark.broker-heap} (default 1g) is the broker JVM's heap.
 */
public final class ExtractionBenchmark {

    private static final double MB = 1024 * 1024;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkBroker.quietLogging();
        int tickets = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path workDirectory = Files.createDirectories(Path.of(System.getProperty("benchmark.dir", "target/extraction-benchmark"))
                .toAbsolutePath().normalize());
        Path export = BenchmarkExport.ensure(workDirectory, tickets);
        long exportBytes = 0;
        for (String file : List.of("customers.csv", "contacts.csv", "tickets.csv", "ticket_comments.csv")) {
            exportBytes += Files.size(export.resolve(file));
        }
        System.out.printf("export: %s, %,.0f MB%n", export, exportBytes / MB);
        System.out.printf("extractor JVM: max heap %,.0f MB, %s, %d processors, Java %s%n", HeapWatch.maxHeap() / MB,
                HeapWatch.collectors(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        int failures = 0;
        try (BenchmarkBroker broker = BenchmarkBroker.start(workDirectory, System.getProperty("benchmark.broker-heap", "1g"));
             HeapWatch perFile = new HeapWatch();
             HeapWatch wholeRun = new HeapWatch()) {
            Cpu cpu = new Cpu(broker);
            TimedPublisher publisher = new TimedPublisher(broker.bootstrapServers(), export, perFile, cpu);
            ExportExtraction extraction = new ExportExtraction(publisher, config(), null);
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("%nround %d%n%-22s %11s %9s %10s %7s %10s %12s %5s %8s %15s%n", round, "file", "rows", "seconds",
                        "rows/s", "MB/s", "peak heap", "live after GC", "GCs", "GC time", "CPU s ext/broker");
                wholeRun.reset();
                Cpu.Mark runCpu = cpu.mark();
                double machineAt = Cpu.machineBusySeconds();
                long start = System.nanoTime();
                extraction.extract(new RunStarted(UUID.randomUUID().toString(), export.toString(), "UTC",
                        "http://localhost:1", "INTERCOM_TOKEN"));
                double seconds = (System.nanoTime() - start) / 1e9;
                long rows = publisher.rowsThisRound();
                print("whole run", rows, seconds, exportBytes, wholeRun.figures(), runCpu);
                double others = Cpu.machineBusySeconds() - machineAt - runCpu.extractorSeconds() - runCpu.brokerSeconds();
                System.out.printf("other processes used %.1f CPU s of the %.1f the machine had in that time%n", others,
                        seconds * Runtime.getRuntime().availableProcessors());
                ExtractionFinished finished = publisher.finished();
                if (finished == null || finished.failed() || publisher.rejectedThisRound() > 0) {
                    failures++;
                    System.out.printf("FAILED: %s, %,d rows rejected%n", finished == null ? "no ExtractionFinished" : finished.failure(),
                            publisher.rejectedThisRound());
                }
                publisher.newRound();
            }
            producerMetrics();
            publisher.close();
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void print(String what, long rows, double seconds, long bytes, HeapWatch.Figures heap, Cpu.Mark cpu) {
        System.out.printf("%-22s %,11d %9.1f %,10.0f %7.1f %,7.0f MB %,9.0f MB %,5d %,6.1f s %7.1f/%-7.1f%n", what, rows, seconds,
                rows / seconds, bytes / MB / seconds, heap.peakUsed() / MB, heap.peakLive() / MB, heap.collections(),
                heap.gcMillis() / 1e3, cpu.extractorSeconds(), cpu.brokerSeconds());
    }

    /** CPU time of this JVM and of the broker's, to tell which side of the wire a file's time went to. */
    private record Cpu(BenchmarkBroker broker) {

        Mark mark() {
            return new Mark(this, extractor(), broker.cpuSeconds());
        }

        /** CPU time the whole machine has been busy (Linux), to show what else ran during a measurement. */
        static double machineBusySeconds() {
            try {
                String[] jiffies = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                // user nice system idle iowait irq softirq steal: everything but idle and iowait
                for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(jiffies[i]);
                }
                return busy / 100.0;
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }

        private static double extractor() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        }

        record Mark(Cpu cpu, double extractorAt, double brokerAt) {

            double extractorSeconds() {
                return extractor() - extractorAt;
            }

            double brokerSeconds() {
                return cpu.broker.cpuSeconds() - brokerAt;
            }
        }
    }

    /** What the producer made of the load: whether batches fill, how well they compress, whether sends waited for buffer space. */
    private static void producerMetrics() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName name : server.queryNames(new ObjectName("kafka.producer:type=producer-metrics,client-id=*"), null)) {
            System.out.printf("%nproducer %s%n", name.getKeyProperty("client-id"));
            for (String metric : List.of("batch-size-avg", "batch-size-max", "compression-rate-avg", "record-size-avg",
                    "records-per-request-avg", "request-latency-avg", "bufferpool-wait-time-ns-total", "buffer-available-bytes",
                    "outgoing-byte-total")) {
                System.out.printf("  %-30s %,.2f%n", metric, ((Number) server.getAttribute(name, metric)).doubleValue());
            }
        }
    }

    private static ExtractorConfig config() {
        return new ExtractorConfig() {
            @Override
            public int maxFieldChars() {
                return 100_000;
            }

            @Override
            public Atera atera() {
                throw new UnsupportedOperationException("the benchmark reads an export directory");
            }
        };
    }

    /** The service's publisher, timing each file's transaction (read, publish and commit) and keeping the run's end. */
    private static final class TimedPublisher extends ExtractorPublisher {

        private final Path export;
        private final HeapWatch heap;
        private final Cpu cpu;
        private final List<FileExtracted> files = new ArrayList<>();
        private ExtractionFinished finished;

        TimedPublisher(String bootstrapServers, Path export, HeapWatch heap, Cpu cpu) {
            super(bootstrapServers, new SimpleMeterRegistry());
            this.export = export;
            this.heap = heap;
            this.cpu = cpu;
        }

        @Override
        public <T> T atomically(String what, Supplier<T> work) {
            heap.reset();
            Cpu.Mark fileCpu = cpu.mark();
            long start = System.nanoTime();
            T result = super.atomically(what, work);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result instanceof Optional<?> optional && optional.orElse(null) instanceof FileExtracted file) {
                files.add(file);
                Path path = export.resolve(file.file());
                long bytes = Files.isRegularFile(path) ? path.toFile().length() : 0;
                print(file.file().startsWith("technicians") ? "technicians (derived)" : file.file(), file.rowsRead(), seconds, bytes,
                        heap.figures(), fileCpu);
            }
            return result;
        }

        @Override
        public void event(Envelope<? extends MigrationEvent> event) {
            if (event.payload() instanceof ExtractionFinished end) {
                finished = end;
            }
            super.event(event);
        }

        long rowsThisRound() {
            return files.stream().mapToLong(FileExtracted::rowsRead).sum();
        }

        long rejectedThisRound() {
            return files.stream().mapToLong(FileExtracted::rowsRejected).sum();
        }

        ExtractionFinished finished() {
            return finished;
        }

        void newRound() {
            files.clear();
            finished = null;
        }
    }
}
