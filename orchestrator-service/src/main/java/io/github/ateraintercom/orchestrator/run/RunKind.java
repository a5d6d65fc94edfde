package io.github.ateraintercom.orchestrator.run;

/**
 * What a run migrates: everything; a sample of a run awaiting confirmation, to be verified and kept
 * or rolled back before the full run; or, at cutover, what changed since its base run.
 */
public enum RunKind {
    FULL, SAMPLE, DELTA
}
