package io.github.ateraintercom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus service running in its own JVM, as it runs in production: configured only
 * through environment variables, logging to a file, ready when its readiness check says so.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** JVM options that make a service start fast (a small heap, no optimising compiler), as tests want it. */
    public static final List<String> FAST_START = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    /** Starts {@code <root>/<module>/target/quarkus-app/quarkus-run.jar} on {@code port}, tuned to {@link #FAST_START}. */
    public static ServiceProcess start(Path root, String module, int port, Map<String, String> environment, Path logDirectory) {
        return start(root, module, port, environment, logDirectory, FAST_START);
    }

    /** Starts the service with these JVM options (a benchmark wants the optimising compiler). */
    public static ServiceProcess start(Path root, String module, int port, Map<String, String> environment, Path logDirectory,
                                       List<String> jvmOptions) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the project first (./mvnw -DskipTests install)");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        Path log = logDirectory.resolve(module + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            Files.createDirectories(logDirectory);
            return new ServiceProcess(module, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    /** The repository a test or benchmark runs in (from its module directory or the root), where the modules are. */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("intercom-sandbox")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    /** CPU time the service's JVM has used so far, in seconds. */
    public double cpuSeconds() {
        return process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9).orElse(Double.NaN);
    }

    public String name() {
        return name;
    }

    /** Waits until the service reports ready, or fails naming its log. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(baseUrl().resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            pause();
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    /**
     * Kills the service at once (SIGKILL), as a crash or an evicted pod would: no shutdown hook runs,
     * requests in flight are cut off, nothing is committed or acknowledged on the way out.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " is still alive 15 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** A port free at this moment, for a process about to listen on it. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
