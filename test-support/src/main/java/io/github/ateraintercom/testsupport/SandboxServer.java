package io.github.ateraintercom.testsupport;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One Intercom sandbox per JVM, started from its packaged jar in its own process, as services meet
 * Intercom in production: over HTTP, with a bearer token.
 */
public final class SandboxServer {

    public static final String TOKEN = "test-sandbox-token";

    private static ServiceProcess sandbox;

    private SandboxServer() {
    }

    public static synchronized URI baseUrl() {
        if (sandbox == null) {
            sandbox = start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-stop"));
        }
        return sandbox.baseUrl();
    }

    /**
     * A sandbox of its own, configured through {@code environment} (e.g. a tight
     * {@code SANDBOX_RATE_LIMIT_PER_MINUTE}); accepts {@link #TOKEN}. The caller closes it.
     */
    public static ServiceProcess start(Map<String, String> environment) {
        Path root = ServiceProcess.repositoryRoot();
        Map<String, String> settings = new HashMap<>(environment);
        settings.put("SANDBOX_TOKENS", TOKEN);
        ServiceProcess process = ServiceProcess.start(root, "intercom-sandbox", ServiceProcess.freePort(), settings,
                root.resolve("intercom-sandbox/target/test-logs"));
        process.awaitReady(Duration.ofMinutes(2));
        return process;
    }
}
