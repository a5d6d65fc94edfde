package io.github.ateraintercom.orchestrator.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.sql.SQLException;

/**
 * One transaction per batch of what a topic tells, taken again when PostgreSQL breaks a deadlock by
 * aborting it: the events, results and rejects consumers upsert the same records in their own
 * orders, and a batch given up would stop its channel, leaving the run unsettled for good. The
 * aborted attempt wrote nothing, so the next one starts afresh.
 */
final class BatchTransaction {

    private static final Logger LOG = Logger.getLogger(BatchTransaction.class);
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final int ATTEMPTS = 5;

    private BatchTransaction() {
    }

    static void run(String topic, Runnable batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(batch);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !deadlock(e)) {
                    throw e;
                }
                LOG.warnf("a batch of %s met a deadlock (attempt %d of %d): taken again", topic, attempt, ATTEMPTS);
            }
        }
    }

    private static boolean deadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DEADLOCK_DETECTED.equals(sql.getSQLState())) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (deadlock(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
