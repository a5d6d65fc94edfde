package io.github.ateraintercom.sandbox.id;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectIdsStartWithTheirCreationTimeTest {

    private final ObjectIdGenerator ids = new ObjectIdGenerator();

    @Test
    void idIsTwentyFourLowercaseHexLedByTheEpochSecond() {
        String id = ids.next(1_734_537_334L);

        assertThat(id).matches("^[0-9a-f]{24}$").startsWith("6762f076");
    }

    @Test
    void idsOfTheSameSecondAreDistinct() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 100_000).forEach(n -> seen.add(ids.next(1_734_537_334L)));

        assertThat(seen).hasSize(100_000);
    }
}
