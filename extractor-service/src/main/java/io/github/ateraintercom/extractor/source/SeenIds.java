package io.github.ateraintercom.extractor.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids an object has shown so far, each with the line it was first read on. Atera ids are
 * 64-bit integers, so they are kept in a primitive open-addressing table (32 to 64 bytes per id,
 * against well over 100 for boxed map entries): a million tickets cost at most 64 MB, which keeps
 * extraction inside a small heap. An id that is not an integer falls back to an ordinary map.
 */
final class SeenIds {

    private static final long EMPTY = Long.MIN_VALUE;
    private static final int INITIAL_CAPACITY = 1 << 12;

    private long[] ids = new long[INITIAL_CAPACITY];
    private long[] lines = new long[INITIAL_CAPACITY];
    private int size;
    private final Map<String, Long> others = new HashMap<>();

    SeenIds() {
        Arrays.fill(ids, EMPTY);
    }

    /** Remembers {@code id} at {@code line}; returns the line it was first read on, or null if it is new. */
    Long firstSeen(String id, long line) {
        Long numeric = parse(id);
        if (numeric == null) {
            return others.putIfAbsent(id, line);
        }
        if ((size + 1) * 2 > ids.length) {
            grow();
        }
        int slot = find(ids, numeric);
        if (ids[slot] == numeric) {
            return lines[slot];
        }
        ids[slot] = numeric;
        lines[slot] = line;
        size++;
        return null;
    }

    private static int find(long[] table, long id) {
        int mask = table.length - 1;
        int slot = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != EMPTY && table[slot] != id) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldIds = ids;
        long[] oldLines = lines;
        ids = new long[oldIds.length * 2];
        lines = new long[oldIds.length * 2];
        Arrays.fill(ids, EMPTY);
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != EMPTY) {
                int slot = find(ids, oldIds[i]);
                ids[slot] = oldIds[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** An integer id in its canonical form; "007" stays text so it never collides with "7". */
    private static Long parse(String id) {
        if (id.isEmpty() || id.length() > 18 || (id.length() > 1 && id.charAt(0) == '0')) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(id);
    }
}
