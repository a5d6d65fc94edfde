package io.github.ateraintercom.testsupport;

import org.testcontainers.DockerClientFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers whether a Docker engine can run containers here, within a bounded time: the
 * Testcontainers check can hang for minutes on a socket that accepts and never answers.
 * {@code MIGRATION_INFRA=embedded|containers} overrides the probe.
 */
public final class DockerProbe {

    private static final long TIMEOUT_SECONDS = 5;
    private static Boolean available;

    private DockerProbe() {
    }

    public static synchronized boolean dockerAvailable() {
        if (available == null) {
            available = decide();
        }
        return available;
    }

    private static boolean decide() {
        String forced = System.getenv("MIGRATION_INFRA");
        if ("embedded".equalsIgnoreCase(forced)) {
            return false;
        }
        if ("containers".equalsIgnoreCase(forced)) {
            return true;
        }
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(() -> {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                return false;
            }
        });
        try {
            return probe.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            probe.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
