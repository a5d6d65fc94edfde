package io.github.ateraintercom.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a Quarkus test at the shared real PostgreSQL. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        PostgresServer.Connection connection = PostgresServer.connection();
        return Map.of(
                "quarkus.datasource.jdbc.url", connection.jdbcUrl(),
                "quarkus.datasource.username", connection.username(),
                "quarkus.datasource.password", connection.password());
    }

    @Override
    public void stop() {
        // shared for the whole JVM; stopped by its shutdown hook
    }
}
