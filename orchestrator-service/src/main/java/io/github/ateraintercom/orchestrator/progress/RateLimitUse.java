package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.event.RateLimitUsed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The loaders' reports of each run's use of Intercom's rate limit: added once each (by replica and
 * number), summed into the run's calls and 429s, the calls of the last minute, and the latest quota.
 */
@ApplicationScoped
public class RateLimitUse {

    private static final String RECORD = """
            INSERT INTO rate_limit_use (run_id, replica, sequence, calls, rate_limited, window_limit, allowance,
                                        window_seconds, window_end, window_used)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT (run_id, replica, sequence) DO NOTHING
            """;

    private static final String TOTALS = """
            SELECT coalesce(sum(calls), 0), coalesce(sum(rate_limited), 0),
                   coalesce(sum(calls) FILTER (WHERE received_at > now() - interval '1 minute'), 0), count(*)
            FROM rate_limit_use WHERE run_id = ?1
            """;

    /** The latest window any replica told of, at the most calls granted in it. */
    private static final String LATEST_QUOTA = """
            SELECT window_limit, allowance, window_seconds, window_end, window_used FROM rate_limit_use
            WHERE run_id = ?1 AND window_limit IS NOT NULL
            ORDER BY window_end DESC, window_used DESC LIMIT 1
            """;

    private final EntityManager entityManager;

    RateLimitUse(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must run inside a transaction. */
    public void record(String runId, RateLimitUsed report) {
        RateLimitUsed.Quota quota = report.quota();
        entityManager.createNativeQuery(RECORD)
                .setParameter(1, runId)
                .setParameter(2, report.replica())
                .setParameter(3, report.sequence())
                .setParameter(4, report.calls())
                .setParameter(5, report.rateLimited())
                .setParameter(6, quota == null ? null : quota.limit())
                .setParameter(7, quota == null ? null : quota.allowance())
                .setParameter(8, quota == null ? null : quota.windowSeconds())
                .setParameter(9, quota == null ? null : quota.windowEnd())
                .setParameter(10, quota == null ? null : quota.used())
                .executeUpdate();
    }

    /** What the loaders told of the run so far; empty when they told nothing. */
    public Optional<Told> of(String runId) {
        Object[] totals = (Object[]) entityManager.createNativeQuery(TOTALS).setParameter(1, runId).getSingleResult();
        if (number(totals[3]) == 0) {
            return Optional.empty();
        }
        List<?> quota = entityManager.createNativeQuery(LATEST_QUOTA).setParameter(1, runId).getResultList();
        return Optional.of(new Told(number(totals[0]), number(totals[1]), number(totals[2]),
                quota.stream().map(Object[].class::cast).findFirst().map(RateLimitUse::quota).orElse(null)));
    }

    private static Quota quota(Object[] row) {
        return new Quota((int) number(row[0]), (int) number(row[1]), (int) number(row[2]),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(number(row[3])), ZoneOffset.UTC), (int) number(row[4]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The run's calls and 429s, its calls of the last minute, and the latest quota told (null while none was known). */
    public record Told(long calls, long rateLimited, long callsLastMinute, Quota quota) {
    }

    /** {@code limit} calls per {@code windowSeconds}, of which the loaders spend {@code allowance}; {@code used} in the window ending at {@code windowEnd}. */
    public record Quota(int limit, int allowance, int windowSeconds, OffsetDateTime windowEnd, int used) {
    }
}
