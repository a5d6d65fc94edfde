package io.github.ateraintercom.orchestrator.control;

import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.ControlSerde;
import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.common.topics.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes orders on the compacted control topic and waits until the broker holds them. */
@ApplicationScoped
public class ControlPublisher {

    private final RecordProducer producer;

    ControlPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = new RecordProducer(bootstrapServers, Map.of("linger.ms", 0));
    }

    public void publish(ControlMessage message) {
        try {
            producer.send(Topics.CONTROL, message.key(), ControlSerde.encode(message)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the control message of run " + message.runId() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the control message of run " + message.runId()
                    + " within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + Topics.CONTROL, e);
        }
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
