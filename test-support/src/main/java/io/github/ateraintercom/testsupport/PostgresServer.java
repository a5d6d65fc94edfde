package io.github.ateraintercom.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * One real PostgreSQL per JVM, shared by every test and by the local stack: a container where
 * Docker exists, otherwise the zonky embedded binaries (which also run as root).
 */
public final class PostgresServer {

    static final String IMAGE = "postgres:17";

    /** How to reach the database. */
    public record Connection(String jdbcUrl, String username, String password) {

        /** The environment a packaged service reads its datasource from. */
        public Map<String, String> environment() {
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl, "QUARKUS_DATASOURCE_USERNAME", username,
                    "QUARKUS_DATASOURCE_PASSWORD", password);
        }
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

    /**
     * A new, empty database on the shared server, for a service process whose tables must not meet
     * those of the same service running inside the test JVM.
     */
    public static Connection database(String name) {
        Connection server = connection();
        try (java.sql.Connection jdbc = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement statement = jdbc.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("database " + name + " cannot be created", e);
        }
        return new Connection(server.jdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name), server.username(),
                server.password());
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
