package io.github.ateraintercom.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a Quarkus test the shared sandbox: its URL as {@code sandbox.url}, and its token under the
 * secret name runs use by default, as a loader finds it in its environment.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN_SECRET = "INTERCOM_TOKEN";

    @Override
    public Map<String, String> start() {
        return Map.of("sandbox.url", SandboxServer.baseUrl().toString(), TOKEN_SECRET, SandboxServer.TOKEN);
    }

    @Override
    public void stop() {
        // shared for the whole JVM; stopped by its shutdown hook
    }
}
