package io.github.ateraintercom.sandbox.attribute;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a write of {@code custom_attributes} combines with the values an object already holds. */
public final class CustomAttributes {

    private CustomAttributes() {
    }

    /** Sent attributes replace stored ones and a sent {@code null} clears one; the rest are kept. */
    public static Map<String, Object> merge(Map<String, Object> current, Map<String, Object> sent) {
        if (sent == null) {
            return current;
        }
        Map<String, Object> merged = new LinkedHashMap<>(current);
        sent.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        return Collections.unmodifiableMap(merged);
    }
}
