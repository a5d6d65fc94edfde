package io.github.ateraintercom.loader.retry;

import io.github.ateraintercom.common.control.RetryFailed;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.loader.control.RunTargets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The commands that ended failed, kept as they were consumed, so an operator can have them written
 * again: on {@link RetryFailed}, each one is taken out of the table and published again on its own
 * topic with its own key, where the loaders take it like any command (the ledger answers whatever was
 * already written). Every replica hears the order; the rows a replica takes are gone for the others.
 */
@ApplicationScoped
public class FailedCommands {

    private static final Logger LOG = Logger.getLogger(FailedCommands.class);

    private final EntityManager entityManager;
    private final RunTargets targets;
    private final RecordProducer producer;

    FailedCommands(EntityManager entityManager, RunTargets targets,
                   @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.targets = targets;
        this.producer = new RecordProducer(bootstrapServers, Map.of());
    }

    /** Keeps a failed command; durable before its outcome is published. */
    public void remember(String topic, String recordKey, byte[] message, Envelope<?> command, String reason) {
        int generation = targets.retryGeneration(command.runId());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO failed_command (run_id, topic, source_id, record_key, message, reason, generation)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (run_id, topic, source_id) DO UPDATE SET record_key = excluded.record_key,
                            message = excluded.message, reason = excluded.reason, generation = excluded.generation,
                            failed_at = now()
                        """).setParameter(1, command.runId()).setParameter(2, topic).setParameter(3, command.sourceId())
                .setParameter(4, recordKey).setParameter(5, message).setParameter(6, reason).setParameter(7, generation)
                .executeUpdate());
    }

    /**
     * Publishes again what failed before the order. The rows are deleted in the transaction that
     * publishes them: should publishing fail, they stay for the next order.
     */
    void onRetry(@ObservesAsync RetryFailed order) {
        int replayed = QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("""
                            DELETE FROM failed_command WHERE run_id = ?1 AND generation < ?2
                            RETURNING topic, record_key, message
                            """).setParameter(1, order.runId()).setParameter(2, order.generation()).getResultList();
            CompletableFuture.allOf(rows.stream().map(Object[].class::cast)
                    .map(row -> producer.send((String) row[0], (String) row[1], (byte[]) row[2]))
                    .toArray(CompletableFuture[]::new)).join();
            return rows.size();
        });
        if (replayed > 0) {
            LOG.infof("run %s: %d failed commands published again (retry %d)", order.runId(), replayed, order.generation());
        }
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
