package io.github.ateraintercom.common.control;

/**
 * An operator ordered the run's rollback: the loaders remove what the run created, and write nothing
 * more of it. {@code order} counts the run's rollback orders (1, 2, …); every order repeats only what
 * is not removed yet, so a loader re-reading the topic after a restart resumes and repeats nothing.
 */
public record RollbackOrdered(String runId, int order) implements ControlMessage {

    /** Only the latest order must survive compaction: it covers everything before it. */
    @Override
    public String key() {
        return runId + "/rollback";
    }
}
