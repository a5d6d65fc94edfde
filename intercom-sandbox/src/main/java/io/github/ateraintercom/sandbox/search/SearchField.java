package io.github.ateraintercom.sandbox.search;

import java.util.Collection;
import java.util.function.Function;

/**
 * A field a search can filter on, and how to read it from an object. A field may hold several
 * values (a conversation's contact ids, a contact's tags): a filter then matches when any value
 * does, or, for the negative operators, when none contradicts it. Such fields cannot be sorted on.
 */
public record SearchField<T>(String name, SearchKind kind, Function<T, ?> reader, boolean sortable) {

    public static <T> SearchField<T> of(String name, SearchKind kind, Function<T, ?> reader) {
        return new SearchField<>(name, kind, reader, true);
    }

    public static <T> SearchField<T> ofEach(String name, SearchKind kind, Function<T, ? extends Collection<?>> reader) {
        return new SearchField<>(name, kind, reader, false);
    }

    Object read(T item) {
        return reader.apply(item);
    }
}
