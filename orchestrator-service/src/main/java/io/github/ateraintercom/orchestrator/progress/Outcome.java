package io.github.ateraintercom.orchestrator.progress;

/**
 * Where a source row stands; held rows are kept out of Intercom for a stated reason and count as settled, and so do
 * planned rows, which a dry run would write and wrote nothing of. The rank orders them: a row only ever moves to an
 * equal or higher rank, so a late or redelivered message cannot undo a final outcome.
 */
public enum Outcome {
    TRANSFORMED(1), LOADED(2), REJECTED(2), FAILED(2), HELD(2), PLANNED(2);

    private final int rank;

    Outcome(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
