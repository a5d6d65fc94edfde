package io.github.ateraintercom.extractor.source;

import java.util.Arrays;

/**
 * The ids an object has shown so far, each with the line it was first read on, in a primitive
 * open-addressing table of at most 75 % load: 12 bytes a slot, so five million comments cost about
 * 100 MB where boxed map entries would cost over 500, and extraction fits a 256 MB heap.
 * An integer id is stored as itself; any other id (a comment's composite id, "007") as a 64-bit
 * digest with the sign bit set, so it never meets an integer. Two different text ids sharing a
 * digest is a one-in-a-million event at five million rows; it would show as a duplicate-key reject
 * naming both lines, never as a silent loss.
 */
final class SeenIds {

    private static final long EMPTY = Long.MIN_VALUE;
    private static final int INITIAL_CAPACITY = 1 << 12;

    private long[] ids = new long[INITIAL_CAPACITY];
    private int[] lines = new int[INITIAL_CAPACITY];
    private int size;

    SeenIds() {
        Arrays.fill(ids, EMPTY);
    }

    /**
     * Remembers {@code id} at {@code line}; returns the line it was first read on, or null if it is
     * new. A first line beyond two billion is answered as 0: only the fact of the duplicate is kept.
     */
    Long firstSeen(String id, long line) {
        long key = key(id);
        if ((size + 1) * 4L > ids.length * 3L) {
            grow();
        }
        int slot = find(ids, key);
        if (ids[slot] == key) {
            return (long) lines[slot];
        }
        ids[slot] = key;
        lines[slot] = line <= Integer.MAX_VALUE ? (int) line : 0;
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
        int[] oldLines = lines;
        ids = new long[oldIds.length * 2];
        lines = new int[oldIds.length * 2];
        Arrays.fill(ids, EMPTY);
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != EMPTY) {
                int slot = find(ids, oldIds[i]);
                ids[slot] = oldIds[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** An integer id in its canonical form, or the digest of any other id; "007" is text, not 7. */
    private static long key(String id) {
        if (id.isEmpty() || id.length() > 18 || (id.length() > 1 && id.charAt(0) == '0')) {
            return digest(id);
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return digest(id);
            }
        }
        return Long.parseLong(id);
    }

    /** FNV-1a over the characters, then a 64-bit finaliser for spread; always negative, never EMPTY. */
    private static long digest(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        long negative = hash | Long.MIN_VALUE;
        return negative == EMPTY ? EMPTY + 1 : negative;
    }
}
