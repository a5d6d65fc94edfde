package io.github.ateraintercom.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * One real PostgreSQL per JVM, shared by every test and by the local stack: a container where
 * Docker exists, otherwise the zonky embedded binaries (which also run as root).
 */
public final class PostgresServer {

    static final String IMAGE = "postgres:17";

    /** How to reach the database. */
    public record Connection(String jdbcUrl, String username, String password) {
    }

    private static Connection connection;

    private PostgresServer() {
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = DockerProbe.dockerAvailable() ? startContainer() : startEmbedded();
        }
        return connection;
    }

    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-stop"));
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "postgres-embedded-stop"));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the data directory is temporary
        }
    }
}
