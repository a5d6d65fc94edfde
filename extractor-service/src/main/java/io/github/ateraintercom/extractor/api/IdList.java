package io.github.ateraintercom.extractor.api;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * Ids of records already read (tickets, customers, contacts) kept for the lists read per record
 * later in the run, in the order they were published: a growing primitive array, 8 bytes an id,
 * so a million tickets cost 8 MB rather than the records themselves.
 */
final class IdList {

    private long[] ids = new long[1024];
    private int size;

    void add(long id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    int size() {
        return size;
    }

    /** One item per id, made when asked for, so a list per id costs nothing until it is read. */
    <T> Iterator<T> each(LongFunction<T> item) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return item.apply(ids[next++]);
            }
        };
    }
}
