package io.github.ateraintercom.loader.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ateraintercom.common.envelope.Json;

import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The source ids of the parts a conversation's ledger entry says are written, kept as a JSON array. */
public final class WrittenParts {

    private WrittenParts() {
    }

    static String json(List<String> partIds) {
        try {
            return Json.MAPPER.writeValueAsString(partIds);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("part ids cannot be written", e);
        }
    }

    /** The entry's written parts; empty when the entry keeps none (written before they were kept). */
    public static Optional<Set<String>> of(LedgerEntry entry) {
        if (entry.writtenParts == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LinkedHashSet<>(Json.MAPPER.readValue(entry.writtenParts, new TypeReference<List<String>>() {
            })));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable written parts " + entry.writtenParts, e);
        }
    }
}
