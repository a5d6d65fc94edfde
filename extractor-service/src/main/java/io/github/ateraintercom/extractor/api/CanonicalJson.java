package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * An item written with its keys sorted and no spaces: the same item always gives the same text,
 * whatever order Atera wrote its keys in, so checksums compare across reads.
 */
final class CanonicalJson {

    private static final ObjectMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {
    }

    static String of(JsonNode item) {
        try {
            // as plain maps, so the key order applies at every depth
            return SORTED.writeValueAsString(SORTED.treeToValue(item, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON item can always be written again", e);
        }
    }
}
