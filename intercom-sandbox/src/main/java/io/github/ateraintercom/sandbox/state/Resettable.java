package io.github.ateraintercom.sandbox.state;

/**
 * Something {@code POST /sandbox/reset} puts back to how a fresh start leaves it. Every CDI bean of
 * this type is found and reset; nothing has to be registered.
 */
public interface Resettable {

    /** Forgets everything recorded since the start or the last reset. Must be safe under concurrent requests. */
    void reset();
}
