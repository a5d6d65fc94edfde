package io.github.ateraintercom.loader.ledger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One replica at a time carries out an order on a run's ledger (a rollback, a verification): a
 * PostgreSQL advisory lock held on a connection of its own. Every replica hears the order and waits
 * here; should the holder die, its session ends, the lock passes to the next, which resumes from the
 * ledger; once it is done, the next finds nothing left.
 */
public final class RunLock implements AutoCloseable {

    /** The work the lock is for: the first key of the two-key advisory lock, apart from any other use. */
    public enum Work {
        ROLLBACK(0x526f6c6c),
        VERIFICATION(0x56657269);

        private final int key;

        Work(int key) {
            this.key = key;
        }
    }

    private final Connection connection;
    private final Work work;
    private final String runId;

    private RunLock(Connection connection, Work work, String runId) {
        this.connection = connection;
        this.work = work;
        this.runId = runId;
    }

    /** Waits until this replica holds the run's {@code work}. */
    public static RunLock take(DataSource dataSource, Work work, String runId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            call(connection, "SELECT pg_advisory_lock(?, hashtext(?))", work, runId);
            return new RunLock(connection, work, runId);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Releases the lock before the connection goes back to the pool, where its session lives on. */
    @Override
    public void close() throws SQLException {
        try (connection) {
            call(connection, "SELECT pg_advisory_unlock(?, hashtext(?))", work, runId);
        }
    }

    private static void call(Connection connection, String sql, Work work, String runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, work.key);
            statement.setString(2, runId);
            statement.execute();
        }
    }
}
