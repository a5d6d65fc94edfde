package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.testsupport.PostgresServer;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** A schema of its own on the shared PostgreSQL, migrated as the loader migrates {@code loader}. */
final class MigratedSchema {

    private MigratedSchema() {
    }

    static DataSource create() {
        PostgresServer.Connection database = PostgresServer.connection();
        String schema = "quota_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .schemas(schema).locations("classpath:db/migration").load().migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }
}
