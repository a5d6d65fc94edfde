package io.github.ateraintercom.loader.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure the custom data attributes a record writes exist on the workspace before the record is
 * written: Intercom refuses a value for an attribute it does not know. Existing attributes are
 * reused, archived ones restored, missing ones created as strings; what is known is remembered per
 * workspace so each attribute costs at most one request per loader.
 */
@ApplicationScoped
public class DataAttributes {

    private final IntercomClient intercom;
    private final Map<String, Set<String>> knownByWorkspaceModel = new ConcurrentHashMap<>();

    DataAttributes(IntercomClient intercom) {
        this.intercom = intercom;
    }

    public void ensure(IntercomTarget target, String model, Set<String> names) {
        Set<String> known = knownByWorkspaceModel.computeIfAbsent(target.baseUrl() + "|" + model, key -> ConcurrentHashMap.newKeySet());
        if (known.containsAll(names)) {
            return;
        }
        // records are written side by side: only one of them may create a missing attribute
        synchronized (known) {
            if (!known.containsAll(names)) {
                create(target, model, names, known);
            }
        }
    }

    private void create(IntercomTarget target, String model, Set<String> names, Set<String> known) {
        Map<String, JsonNode> existing = existing(target, model);
        for (String name : names) {
            JsonNode attribute = existing.get(name);
            if (attribute == null) {
                intercom.post(target, "/data_attributes", Map.of("name", name, "model", model, "data_type", "string"));
            } else if (attribute.path("archived").asBoolean()) {
                intercom.put(target, "/data_attributes/" + attribute.path("id").asText(), Map.of("archived", false));
            }
            known.add(name);
        }
    }

    private Map<String, JsonNode> existing(IntercomTarget target, String model) {
        JsonNode list = intercom.get(target, "/data_attributes?model=" + model + "&include_archived=true");
        Map<String, JsonNode> byName = new ConcurrentHashMap<>();
        list.path("data").forEach(attribute -> {
            if (attribute.path("custom").asBoolean()) {
                byName.put(attribute.path("name").asText(), attribute);
            }
        });
        return byName;
    }
}
