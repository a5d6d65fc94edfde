package io.github.ateraintercom.sandbox.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a store's search sees, {@link SearchLag} behind the store: each object as it was that long
 * ago, so one created since is not found yet and one deleted since is still found. Only the changes
 * younger than the lag are kept. Not thread-safe: the store calls it under its own lock, so a change
 * and its record are one step.
 */
public final class SearchHistory<T> {

    private final SearchLag lag;
    private final Clock clock;
    private final Function<T, String> idOf;
    /** Changes still hidden from search, oldest first, each with what the object was before it. */
    private final ArrayDeque<Change<T>> changes = new ArrayDeque<>();

    public SearchHistory(SearchLag lag, Clock clock, Function<T, String> idOf) {
        this.lag = lag;
        this.clock = clock;
        this.idOf = idOf;
    }

    private record Change<T>(String id, T before, Instant at) {
    }

    /** The object {@code id} was created, changed or deleted; {@code before} is what it was (null: it did not exist). */
    public void changed(String id, T before) {
        if (lag.lag().isZero()) {
            changes.clear();
        } else {
            changes.addLast(new Change<>(id, before, clock.instant()));
        }
    }

    /** The store's objects as search sees them, given what the store holds now. */
    public List<T> visible(Collection<T> current) {
        Instant horizon = clock.instant().minus(lag.lag());
        while (!changes.isEmpty() && !changes.peekFirst().at().isAfter(horizon)) {
            changes.removeFirst();
        }
        if (changes.isEmpty()) {
            return List.copyOf(current);
        }
        Map<String, T> seen = new LinkedHashMap<>();
        current.forEach(object -> seen.put(idOf.apply(object), object));
        // the oldest hidden change of an object tells what it was before search stopped following it
        Set<String> rolledBack = new HashSet<>();
        for (Change<T> change : changes) {
            if (rolledBack.add(change.id())) {
                if (change.before() == null) {
                    seen.remove(change.id());
                } else {
                    seen.put(change.id(), change.before());
                }
            }
        }
        return List.copyOf(seen.values());
    }

    public void clear() {
        changes.clear();
    }
}
