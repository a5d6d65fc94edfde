package io.github.ateraintercom.extractor.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a run's earlier objects leave for later ones: the ids of the customers, contacts and tickets
 * it published, whose comments and custom values are read one record at a time, and the custom
 * fields' types, which say which of a custom value's typed slots holds it.
 */
final class ReadSoFar {

    final IdList customers = new IdList();
    final IdList contacts = new IdList();
    final IdList tickets = new IdList();
    /** Object type (Customer, Ticket…) → field name → the layout's field type. */
    private final Map<String, Map<String, String>> fieldTypes = new HashMap<>();

    void customField(String objectType, String name, String fieldType) {
        fieldTypes.computeIfAbsent(objectType, type -> new HashMap<>()).put(name, fieldType);
    }

    boolean hasCustomFields(String objectType) {
        return fieldTypes.containsKey(objectType);
    }

    Optional<String> fieldType(String objectType, String name) {
        return Optional.ofNullable(fieldTypes.getOrDefault(objectType, Map.of()).get(name));
    }
}
