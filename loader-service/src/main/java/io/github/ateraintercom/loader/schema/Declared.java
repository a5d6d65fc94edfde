package io.github.ateraintercom.loader.schema;

import io.github.ateraintercom.loader.ledger.LedgerEntry;

/**
 * How one attribute, tag or collection came to exist for a run: created by it, or there already
 * and adopted ({@code detail} says what the run changed about it, e.g. restored it from the
 * archive; null: nothing). {@code intercomId} is its id in Intercom.
 */
public record Declared(String intercomId, LedgerEntry.Origin origin, String detail) {

    public static Declared created(String intercomId) {
        return new Declared(intercomId, LedgerEntry.Origin.CREATED, null);
    }

    public static Declared adopted(String intercomId) {
        return new Declared(intercomId, LedgerEntry.Origin.ADOPTED, null);
    }
}
