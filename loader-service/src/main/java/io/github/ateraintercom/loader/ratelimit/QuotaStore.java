package io.github.ateraintercom.loader.ratelimit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;

/**
 * The quota every replica shares ({@code loader.rate_quota}): one row per app holding the learnt limit,
 * the current window's end and the calls granted in it. A lease is one statement under the row's lock,
 * so replicas leasing at the same moment are served one after the other and never grant more than the
 * allowance; the database's clock is the one every replica goes by.
 */
final class QuotaStore {

    /**
     * In order: a known window past its end (and the guard) refills, its end moving on by whole windows
     * as the server's do; the answers this replica brings are merged (a later window is the server's
     * own and is taken, keeping what was granted since, as those calls count in it; an earlier one is a
     * late answer); then the lease: one call while the limit is unknown, none in the window's last guard
     * (they would reach the server in the next window), else up to the chunk and at most a quarter of
     * what is left, so the last calls of a window are spread over whoever still asks.
     */
    private static final String LEASE = """
            WITH asked (app_key, seen_end, seen_limit, seen_used, guard_ms, window_ms, headroom, chunk) AS (
                     VALUES (?::varchar, ?::bigint, ?::integer, ?::integer, ?::bigint, ?::bigint, ?::float8, ?::integer)),
                 current AS (
                     SELECT q.app_key, q.window_limit, q.window_end, q.granted,
                            (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now_ms
                     FROM rate_quota q JOIN asked a ON a.app_key = q.app_key
                     FOR UPDATE OF q),
                 refilled AS (
                     SELECT c.app_key, c.window_limit, c.now_ms,
                            CASE WHEN c.window_end > 0 AND c.now_ms >= c.window_end + a.guard_ms
                                 THEN c.window_end + a.window_ms * ((c.now_ms - a.guard_ms - c.window_end) / a.window_ms + 1)
                                 ELSE c.window_end END AS window_end,
                            CASE WHEN c.window_end > 0 AND c.now_ms >= c.window_end + a.guard_ms
                                 THEN 0 ELSE c.granted END AS granted
                     FROM current c CROSS JOIN asked a),
                 learnt AS (
                     SELECT r.app_key, r.now_ms,
                            CASE WHEN a.seen_end >= r.window_end OR r.window_limit IS NULL
                                 THEN coalesce(a.seen_limit, r.window_limit) ELSE r.window_limit END AS window_limit,
                            greatest(r.window_end, a.seen_end) AS window_end,
                            CASE WHEN a.seen_end >= r.window_end
                                 THEN greatest(r.granted, a.seen_used) ELSE r.granted END AS granted
                     FROM refilled r CROSS JOIN asked a),
                 allowed AS (
                     SELECT l.*, greatest(1, floor(l.window_limit * (1 - a.headroom)))::integer AS allowance
                     FROM learnt l CROSS JOIN asked a),
                 leased AS (
                     SELECT w.*,
                            CASE WHEN w.window_limit IS NULL THEN 1
                                 WHEN w.now_ms >= w.window_end - a.guard_ms THEN 0
                                 ELSE greatest(0, least(a.chunk, w.allowance - w.granted,
                                                        ceil((w.allowance - w.granted) / 4.0)::integer))
                            END AS calls
                     FROM allowed w CROSS JOIN asked a)
            UPDATE rate_quota q
            SET window_limit = s.window_limit, window_end = s.window_end, granted = s.granted + s.calls
            FROM leased s
            WHERE q.app_key = s.app_key
            RETURNING s.window_limit, s.allowance, s.window_end, s.granted + s.calls, s.calls, s.now_ms
            """;

    private static final String CREATE = "INSERT INTO rate_quota (app_key) VALUES (?) ON CONFLICT (app_key) DO NOTHING";

    private final DataSource dataSource;
    private final QuotaRules rules;

    QuotaStore(DataSource dataSource, QuotaRules rules) {
        this.dataSource = dataSource;
        this.rules = rules;
    }

    QuotaRules rules() {
        return rules;
    }

    /** Leases calls of the app's current window, merging in what this replica's answers said about it. */
    Lease lease(String appKey, Observation seen) {
        return lease(appKey, seen, rules.guard());
    }

    /** The same, keeping {@code guard} quiet at the window's ends (this replica's guard, maybe widened). */
    Lease lease(String appKey, Observation seen, Duration guard) {
        try (Connection connection = dataSource.getConnection()) {
            Lease lease = lease(connection, appKey, seen, guard);
            if (lease != null) {
                return lease;
            }
            try (PreparedStatement create = connection.prepareStatement(CREATE)) {
                create.setString(1, appKey);
                create.executeUpdate();
            }
            return lease(connection, appKey, seen, guard);
        } catch (SQLException e) {
            throw new IllegalStateException("the shared rate quota (loader.rate_quota) cannot be leased from: " + e.getMessage(), e);
        }
    }

    private Lease lease(Connection connection, String appKey, Observation seen, Duration guard) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LEASE)) {
            statement.setString(1, appKey);
            statement.setLong(2, seen.windowEndMillis());
            if (seen.limit() > 0) {
                statement.setInt(3, seen.limit());
            } else {
                statement.setNull(3, Types.INTEGER);
            }
            statement.setInt(4, seen.used());
            statement.setLong(5, guard.toMillis());
            statement.setLong(6, rules.window().toMillis());
            statement.setDouble(7, rules.headroom());
            statement.setInt(8, rules.chunk());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Lease(row.getInt(1), row.getInt(2), row.getLong(3), row.getInt(4), row.getInt(5), row.getLong(6));
            }
        }
    }
}
