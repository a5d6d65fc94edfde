package io.github.ateraintercom.loader.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure the custom data attributes a record writes exist on the workspace before the record is
 * written: Intercom refuses a value for an attribute it does not know. Missing attributes are created
 * as their spec says (type, list options as {@code [{value}]}; an attribute without a spec is text),
 * archived ones restored, existing ones reused when their type holds the values; one of another type
 * is an {@link AttributeConflict}. What is known is remembered per workspace, so each attribute costs
 * at most one request per loader.
 */
@ApplicationScoped
public class DataAttributes {

    /** What an existing data attribute of each Intercom {@code data_type} can hold. */
    private static final Map<String, Set<AttributeType>> HOLDS = Map.of(
            "string", Set.of(AttributeType.STRING, AttributeType.LIST),
            "integer", Set.of(AttributeType.INTEGER),
            "float", Set.of(AttributeType.FLOAT, AttributeType.INTEGER),
            "boolean", Set.of(AttributeType.BOOLEAN),
            "date", Set.of(AttributeType.DATE));

    private final IntercomClient intercom;
    private final Map<String, Set<String>> knownByWorkspaceModel = new ConcurrentHashMap<>();

    DataAttributes(IntercomClient intercom) {
        this.intercom = intercom;
    }

    /** Ensures {@code names} exist on {@code model}, typed by {@code specs} (a name without a spec is text). */
    public void ensure(IntercomTarget target, String model, Set<String> names, List<AttributeSpec> specs) {
        Set<String> known = knownByWorkspaceModel.computeIfAbsent(target.baseUrl() + "|" + model, key -> ConcurrentHashMap.newKeySet());
        if (known.containsAll(names)) {
            return;
        }
        // records are written side by side: only one of them may create a missing attribute
        synchronized (known) {
            if (!known.containsAll(names)) {
                create(target, model, AttributeSpecs.of(names, specs), known);
            }
        }
    }

    private void create(IntercomTarget target, String model, List<AttributeSpec> specs, Set<String> known) {
        Map<String, JsonNode> existing = existing(target, model);
        for (AttributeSpec spec : specs) {
            JsonNode attribute = existing.get(spec.name());
            if (attribute == null) {
                intercom.post(target, "/data_attributes", body(model, spec));
            } else {
                String type = attribute.path("data_type").asText();
                if (!HOLDS.getOrDefault(type, Set.of()).contains(spec.type())) {
                    throw new AttributeConflict(model, spec, type);
                }
                if (attribute.path("archived").asBoolean()) {
                    intercom.put(target, "/data_attributes/" + attribute.path("id").asText(), Map.of("archived", false));
                }
            }
            known.add(spec.name());
        }
    }

    private static Map<String, Object> body(String model, AttributeSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", spec.name());
        body.put("model", model);
        body.put("data_type", spec.type().dataAttributeType());
        if (spec.type() == AttributeType.LIST) {
            body.put("options", spec.options().stream().map(option -> Map.of("value", option)).toList());
        }
        if (spec.description() != null) {
            body.put("description", spec.description());
        }
        return body;
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
