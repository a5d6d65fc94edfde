package io.github.ateraintercom.extractor.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenIdsTest {

    @Test
    void everyRepeatNamesTheLineOfTheFirstSighting() {
        SeenIds seen = new SeenIds();
        int ids = 200_000;
        for (int i = 1; i <= ids; i++) {
            assertThat(seen.firstSeen(String.valueOf(i * 7919L), i)).isNull();
        }
        for (int i = 1; i <= ids; i++) {
            assertThat(seen.firstSeen(String.valueOf(i * 7919L), ids + i)).isEqualTo(i);
        }
    }

    @Test
    void textIdsAndZeroPaddedIdsAreKeptApartFromIntegers() {
        SeenIds seen = new SeenIds();

        assertThat(seen.firstSeen("7", 2)).isNull();
        assertThat(seen.firstSeen("007", 3)).isNull();
        assertThat(seen.firstSeen("A-7", 4)).isNull();
        assertThat(seen.firstSeen("0", 5)).isNull();
        assertThat(seen.firstSeen("99999999999999999999", 6)).isNull();

        assertThat(seen.firstSeen("7", 10)).isEqualTo(2);
        assertThat(seen.firstSeen("007", 11)).isEqualTo(3);
        assertThat(seen.firstSeen("A-7", 12)).isEqualTo(4);
        assertThat(seen.firstSeen("0", 13)).isEqualTo(5);
        assertThat(seen.firstSeen("99999999999999999999", 14)).isEqualTo(6);
    }

    @Test
    void compositeIdsOfCommentsAreToldApartAndTheirRepeatsFound() {
        SeenIds seen = new SeenIds();
        int comments = 300_000;
        for (int i = 1; i <= comments; i++) {
            assertThat(seen.firstSeen(commentId(i), i)).as("comment %d", i).isNull();
        }
        for (int i = 1; i <= comments; i += 7) {
            assertThat(seen.firstSeen(commentId(i), comments + i)).isEqualTo(i);
        }
    }

    @Test
    void idsSpilledToDiskAreStillFoundWithTheirFirstLineAndTheHeapTableStaysSmall() {
        int spillAt = 1_000;
        int ids = 25_000; // 25 spills: segments are merged along the way
        try (SeenIds seen = new SeenIds(spillAt)) {
            for (int i = 1; i <= ids; i++) {
                assertThat(seen.firstSeen(i % 2 == 0 ? String.valueOf(i * 7919L) : commentId(i), i)).as("id %d", i).isNull();
            }
            for (int i = 1; i <= ids; i += 3) {
                assertThat(seen.firstSeen(i % 2 == 0 ? String.valueOf(i * 7919L) : commentId(i), ids + i)).as("id %d", i).isEqualTo(i);
            }
            assertThat(seen.firstSeen("never-seen", 1)).isNull();
        }
    }

    private static String commentId(int i) {
        return (i / 5) + "/2024-03-0" + (1 + i % 5) + "T10:00:00Z/user-" + (i % 13) + "/" + Integer.toHexString(i * 31);
    }
}
