package io.github.ateraintercom.orchestrator.mapping;

/** The mapping is not in the version or state the request needs: a stale version, or none confirmed. */
public class MappingConflict extends RuntimeException {

    public MappingConflict(String message) {
        super(message);
    }
}
