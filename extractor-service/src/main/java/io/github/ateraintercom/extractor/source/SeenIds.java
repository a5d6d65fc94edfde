package io.github.ateraintercom.extractor.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ids an object has shown so far, each with the line it was first read on, in bounded heap
 * whatever the file's size. Recent ids live in a primitive open-addressing table (12 bytes a slot,
 * at most 75 % full); when it holds {@code spillAt} ids they are sorted into a file that is mapped
 * read-only (the page cache holds it, not the heap) and looked up by binary search, and the table
 * starts again. More than {@link #MAX_SEGMENTS} such files are merged into one, so a lookup stays a
 * handful of binary searches.
 * <p>
 * An integer id is stored as itself; any other id (a comment's composite id, "007") as a 64-bit
 * digest with the sign bit set, so it never meets an integer. Two different text ids sharing a digest
 * is a one-in-a-million event at five million rows; it would show as a duplicate-key reject naming
 * both lines, never as a silent loss.
 */
final class SeenIds implements AutoCloseable {

    /** Two million ids: a 48 MiB table at most, whatever the file. */
    static final int DEFAULT_SPILL_AT = 1 << 21;
    static final int MAX_SEGMENTS = 8;
    private static final long EMPTY = Long.MIN_VALUE;
    private static final int INITIAL_CAPACITY = 1 << 12;
    private static final int ENTRY_BYTES = Long.BYTES + Integer.BYTES;

    private final int spillAt;
    private final List<Segment> segments = new ArrayList<>();
    private long[] ids = new long[INITIAL_CAPACITY];
    private int[] lines = new int[INITIAL_CAPACITY];
    private int size;

    SeenIds() {
        this(DEFAULT_SPILL_AT);
    }

    SeenIds(int spillAt) {
        this.spillAt = spillAt;
        Arrays.fill(ids, EMPTY);
    }

    /**
     * Remembers {@code id} at {@code line}; returns the line it was first read on, or null if it is
     * new. A first line beyond two billion is answered as 0: only the fact of the duplicate is kept.
     */
    Long firstSeen(String id, long line) {
        long key = key(id);
        int slot = find(ids, key);
        if (ids[slot] == key) {
            return (long) lines[slot];
        }
        for (Segment segment : segments) {
            int first = segment.find(key);
            if (first >= 0) {
                return (long) first;
            }
        }
        ids[slot] = key;
        lines[slot] = line <= Integer.MAX_VALUE ? (int) line : 0;
        size++;
        if (size >= spillAt) {
            spill();
        } else if (size * 4L > ids.length * 3L) {
            grow();
        }
        return null;
    }

    @Override
    public void close() {
        segments.forEach(Segment::delete);
        segments.clear();
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

    /** Moves the table's ids, sorted, to a mapped file, and empties the table. */
    private void spill() {
        long[] keys = new long[size];
        int[] firstLines = new int[size];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != EMPTY) {
                keys[n] = ids[i];
                firstLines[n++] = lines[i];
            }
        }
        sort(keys, firstLines, 0, n - 1);
        segments.add(Segment.write(n, (i, buffer) -> buffer.putLong(keys[i]).putInt(firstLines[i])));
        Arrays.fill(ids, EMPTY);
        size = 0;
        if (segments.size() > MAX_SEGMENTS) {
            Segment merged = Segment.merge(segments);
            close();
            segments.add(merged);
        }
    }

    /** Sorts keys ascending, carrying each key's line along (quicksort on the two arrays). */
    private static void sort(long[] keys, int[] firstLines, int from, int to) {
        while (from < to) {
            long pivot = keys[(from + to) >>> 1];
            int i = from;
            int j = to;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long key = keys[i];
                    keys[i] = keys[j];
                    keys[j] = key;
                    int line = firstLines[i];
                    firstLines[i] = firstLines[j];
                    firstLines[j] = line;
                    i++;
                    j--;
                }
            }
            // recurse into the smaller half, loop on the larger: the stack stays shallow
            if (j - from < to - i) {
                sort(keys, firstLines, from, j);
                from = i;
            } else {
                sort(keys, firstLines, i, to);
                to = j;
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

    /** Ids sorted by key in a read-only mapped file: key (8 bytes) then first line (4 bytes). */
    private record Segment(Path file, MappedByteBuffer entries, int count) {

        interface Entries {
            void put(int index, ByteBuffer buffer);
        }

        static Segment write(int count, Entries entries) {
            try {
                Path file = Files.createTempFile("seen-ids-", ".bin");
                file.toFile().deleteOnExit();
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    ByteBuffer chunk = ByteBuffer.allocate(ENTRY_BYTES * 8192);
                    for (int i = 0; i < count; i++) {
                        entries.put(i, chunk);
                        if (!chunk.hasRemaining()) {
                            chunk.flip();
                            channel.write(chunk);
                            chunk.clear();
                        }
                    }
                    chunk.flip();
                    channel.write(chunk);
                    return new Segment(file, channel.map(FileChannel.MapMode.READ_ONLY, 0, (long) count * ENTRY_BYTES), count);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("ids already read cannot be spilled to disk: " + e.getMessage(), e);
            }
        }

        /** One segment holding every entry of {@code parts}; a key in several keeps its first line. */
        static Segment merge(List<Segment> parts) {
            int total = parts.stream().mapToInt(Segment::count).sum();
            int[] next = new int[parts.size()];
            return write(total, (index, buffer) -> {
                int smallest = -1;
                for (int p = 0; p < parts.size(); p++) {
                    if (next[p] < parts.get(p).count()
                            && (smallest < 0 || parts.get(p).key(next[p]) < parts.get(smallest).key(next[smallest]))) {
                        smallest = p;
                    }
                }
                Segment from = parts.get(smallest);
                buffer.putLong(from.key(next[smallest])).putInt(from.line(next[smallest]));
                next[smallest]++;
            });
        }

        long key(int index) {
            return entries.getLong(index * ENTRY_BYTES);
        }

        int line(int index) {
            return entries.getInt(index * ENTRY_BYTES + Long.BYTES);
        }

        /** The first line of {@code key}, or -1. */
        int find(long key) {
            int low = 0;
            int high = count - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                long found = key(middle);
                if (found < key) {
                    low = middle + 1;
                } else if (found > key) {
                    high = middle - 1;
                } else {
                    return line(middle);
                }
            }
            return -1;
        }

        void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // deleteOnExit removes it at the latest when the extractor stops
            }
        }
    }
}
