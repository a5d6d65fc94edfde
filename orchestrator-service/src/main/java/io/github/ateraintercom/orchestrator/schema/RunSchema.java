package io.github.ateraintercom.orchestrator.schema;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.common.kafka.EnvelopePublisher;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.discovery.RunDiscovery;
import io.github.ateraintercom.orchestrator.progress.RunFile;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Declares a run's schema as it starts: one item per custom attribute, tag and Help Center collection
 * ({@link SchemaItems}), published on {@code intercom.schema} (each the line of its place in the
 * schema, every collection under one key so parents come first) and counted like the rows of a file,
 * so the schema phase is settled, and the data phases open, only once every item is loaded, failed
 * or held. A run without a declared schema (started without a discovery) has nothing to wait for.
 */
@ApplicationScoped
public class RunSchema {

    private static final Logger LOG = Logger.getLogger(RunSchema.class);

    private final EnvelopePublisher publisher;

    RunSchema(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.publisher = new EnvelopePublisher(bootstrapServers);
    }

    /**
     * Publishes the run's schema items and records how many there are; returns once Kafka holds every
     * one. Must run inside the transaction that starts the run.
     */
    public void declare(String runId, List<SchemaCommand> attributes, MappingChoices confirmed) {
        declare(runId, runId, attributes, confirmed);
    }

    /** As {@link #declare(String, List, MappingChoices)}, with the tags and collections {@code discoveredRun}'s discovery found (a sample's are its parent's, a delta's its base's). */
    public void declare(String runId, String discoveredRun, List<SchemaCommand> attributes, MappingChoices confirmed) {
        DiscoveryReport report = RunDiscovery.reportOf(discoveredRun).orElse(null);
        List<SchemaCommand> items = SchemaItems.of(attributes, report, confirmed);
        CompletableFuture<?>[] sent = new CompletableFuture<?>[items.size()];
        for (int line = 1; line <= items.size(); line++) {
            SchemaCommand item = items.get(line - 1);
            sent[line - 1] = publisher.publish(Topics.INTERCOM_SCHEMA, item.key(), Envelope.of(runId, ObjectType.SCHEMA, item.sourceId(),
                    new SourceRow(SchemaCommand.SOURCE, line), item));
        }
        await(runId, CompletableFuture.allOf(sent));
        RunFile file = new RunFile();
        file.runId = runId;
        file.file = SchemaCommand.SOURCE;
        file.objectType = ObjectType.SCHEMA.wireName();
        file.rowsRead = items.size();
        file.rowsPublished = items.size();
        file.checksum = SchemaCommand.checksum(items);
        file.persist();
        LOG.infof("run %s: schema of %d items declared", runId, items.size());
    }

    private static void await(String runId, CompletableFuture<Void> sent) {
        try {
            sent.orTimeout(30, TimeUnit.SECONDS).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Kafka did not take the schema of run " + runId + " within 30 s: " + e.getCause(), e.getCause());
        }
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
