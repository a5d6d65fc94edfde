package io.github.ateraintercom.orchestrator.control;

import io.github.ateraintercom.common.topics.TopicProvisioner;
import io.github.ateraintercom.orchestrator.config.OrchestratorConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the platform's topics with their partitions and compaction before the first run. */
@ApplicationScoped
public class TopicSetup {

    void onStart(@Observes StartupEvent event, OrchestratorConfig config,
                 @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        if (config.topics().provision()) {
            TopicProvisioner.ensure(bootstrapServers, config.topics().recordPartitions(), config.topics().replicationFactor());
        }
    }
}
