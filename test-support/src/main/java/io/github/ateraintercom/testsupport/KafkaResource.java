package io.github.ateraintercom.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a Quarkus test at the shared real broker. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaServer.bootstrapServers());
    }

    @Override
    public void stop() {
        // shared for the whole JVM; stopped by its shutdown hook
    }
}
