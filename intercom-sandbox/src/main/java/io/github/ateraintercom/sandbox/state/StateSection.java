package io.github.ateraintercom.sandbox.state;

/**
 * One store's part of the workspace state: {@code GET /sandbox/state} shows each section's
 * {@link #snapshot()} under its {@link #name()}, and {@code POST /sandbox/reset} empties it.
 *
 * <p>A store plugs in by implementing this interface on its CDI bean; the sections are discovered,
 * not listed.
 */
public interface StateSection extends Resettable {

    /** The key of this section in the exported state, e.g. {@code companies}; unique across sections. */
    String name();

    /**
     * The section's current content, as a value Jackson can write (records, lists, maps): typically
     * the store's own records, which hold more than any single API answer shows.
     */
    Object snapshot();
}
