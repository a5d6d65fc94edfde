package io.github.ateraintercom.loader.rollback;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One replica at a time carries out a run's rollback: a PostgreSQL advisory lock held on a connection
 * of its own. Every replica hears the order and waits here; should the holder die, its session ends,
 * the lock passes to the next, which resumes from the ledger; once it is done, the next finds nothing
 * left. The rollback's kinds thus go strictly one after another, whatever the number of replicas.
 */
final class RunLock implements AutoCloseable {

    /** The first key of the two-key advisory lock: rollbacks, apart from any other use of advisory locks. */
    private static final int ROLLBACKS = 0x526f6c6c;

    private final Connection connection;
    private final String runId;

    private RunLock(Connection connection, String runId) {
        this.connection = connection;
        this.runId = runId;
    }

    /** Waits until this replica holds the run's rollback. */
    static RunLock take(DataSource dataSource, String runId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            call(connection, "SELECT pg_advisory_lock(?, hashtext(?))", runId);
            return new RunLock(connection, runId);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Releases the lock before the connection goes back to the pool, where its session lives on. */
    @Override
    public void close() throws SQLException {
        try (connection) {
            call(connection, "SELECT pg_advisory_unlock(?, hashtext(?))", runId);
        }
    }

    private static void call(Connection connection, String sql, String runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, ROLLBACKS);
            statement.setString(2, runId);
            statement.execute();
        }
    }
}
