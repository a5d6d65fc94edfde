package io.github.ateraintercom.orchestrator.run;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A run as the API shows it: its settings (never a token or key), its state and, per object, where
 * every row stands; its {@code kind}, the {@code parentRun} a sample samples (or a delta's base), a
 * sample's {@code sampleSize}, and a run's {@code samples}, oldest first. A delta names its
 * {@code baseRun} and counts its records by {@code changes} (create, update, skip; null for a run with
 * no base); a {@code dryRun} writes nothing, its records are planned.
 */
public record RunView(String id, RunState state, String sourceKind, String sourceDirectory, String ateraBaseUrl,
                      String ateraKeySecret, String modifiedSince, String targetBaseUrl, String tokenSecret,
                      String accountTimeZone, String fallbackTeammate, boolean paused, String failure, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                      Map<String, ObjectProgress> objects, Map<String, Long> excludedRows, Map<String, OffsetDateTime> phasesOpened,
                      Map<String, PhaseProgress> phases, Eta eta, RateLimit rateLimit, boolean balanced,
                      RollbackProgress rollback, VerificationProgress verification,
                      RunKind kind, String parentRun, Integer sampleSize, List<SampleRef> samples, String baseRun,
                      boolean dryRun, Map<String, Long> changes) {

    /** One sample of a run awaiting confirmation: its id and state. */
    public record SampleRef(String id, RunState state) {
    }

    /**
     * The run's rollback, once one was ordered (null before): the latest {@code order}, how many ledger
     * entries it accounts for ({@code entries}, null until the loaders said), and how many were
     * removed, archived (what Intercom only archives), left alone (adopted or merged) or failed;
     * {@code remaining} is what has no outcome yet.
     */
    public record RollbackProgress(int order, Long entries, long removed, long archived, long leftAlone, long failed,
                                   Long remaining) {
    }

    /**
     * The run's verification, once one was ordered (null before): the latest {@code order}, the
     * {@code sample} it asked for (null: every record), how many records it reads back ({@code records})
     * of how many the run wrote ({@code total}), both null until the loaders said, and how many were
     * verified, mismatched, missing or not verifiable; {@code remaining} is what has no outcome yet.
     */
    public record VerificationProgress(int order, Long sample, Long records, Long total, long verified, long mismatched, long missing,
                                       long notVerifiable, Long remaining) {
    }

    /**
     * One object's figures: {@code sourceRows} read from the export; each row ends loaded (in a dry run
     * planned), rejected, failed or held, and {@code inFlight} is what has not ended yet.
     */
    public record ObjectProgress(long sourceRows, long extracted, long transformed, long loaded, long rejected,
                                 long failed, long held, long inFlight, long planned) {
    }

    /**
     * One phase: {@code waiting} until the records it depends on are accounted for, {@code open} while
     * it writes, {@code done} once every record it writes is accounted for; with when it opened and
     * when it was done.
     */
    public record PhaseProgress(String state, OffsetDateTime openedAt, OffsetDateTime doneAt) {
    }

    /**
     * When the run should be done: {@code remaining} rows not yet accounted for, at {@code rowsPerSecond},
     * {@code seconds} left. The {@code basis} says where the rate comes from: {@code rate-limit} once the
     * loaders told the quota and the calls each row took (the rows Intercom's allowance lets through:
     * allowance per second ÷ calls per row so far), else {@code pace}, the rows settled over the last
     * minute. Null when neither is known yet, nothing moves, or the run ended.
     */
    public record Eta(long remaining, double rowsPerSecond, long seconds, OffsetDateTime at, String basis) {

        public static final String RATE_LIMIT = "rate-limit";
        public static final String PACE = "pace";
    }

    /**
     * The run's use of Intercom's rate limit, as the loaders told it: {@code limit} calls per
     * {@code windowSeconds}-second window, of which the loaders spend {@code allowance} (the limit less
     * their headroom); {@code usedInWindow} calls every replica was granted in the current window, which
     * ends at {@code windowEndsAt} (0 once it ended); {@code calls} sent for the run and the
     * {@code rateLimited} 429s they met; {@code callsLastMinute} and their {@code shareLastMinute} of a
     * minute's allowance; {@code callsPerRecord}, calls per row the loaders gave an outcome. The quota's
     * figures are null until a loader learnt the limit.
     */
    public record RateLimit(Integer limit, Integer allowance, Integer windowSeconds, Integer usedInWindow, OffsetDateTime windowEndsAt,
                            long calls, long rateLimited, long callsLastMinute, Double shareLastMinute, Double callsPerRecord) {
    }
}
