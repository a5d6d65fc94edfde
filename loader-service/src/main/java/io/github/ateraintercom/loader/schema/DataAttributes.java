package io.github.ateraintercom.loader.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure the custom data attributes a record writes exist on the workspace before the record is
 * written: Intercom refuses a value for an attribute it does not know. Missing attributes are created
 * as their spec says (type, list options as {@code [{value}]}; an attribute without a spec is text),
 * archived ones restored, existing ones reused when their type holds the values; one of another type
 * is an {@link AttributeConflict}. What is known is remembered per workspace, so each attribute costs
 * at most one request per loader. A run's schema declares each of its attributes first, looking at the
 * workspace itself; the records' own checks then find them known.
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
        Set<String> known = known(target, model);
        if (known.containsAll(names)) {
            return;
        }
        // records are written side by side: only one of them may create a missing attribute
        synchronized (known) {
            if (!known.containsAll(names)) {
                Map<String, JsonNode> existing = existing(target, model);
                for (AttributeSpec spec : AttributeSpecs.of(names, specs)) {
                    ensure(target, model, spec, existing, () -> { });
                    known.add(spec.name());
                }
            }
        }
    }

    /**
     * Makes one attribute of the run's schema exist, as the workspace has it now rather than as
     * remembered, and tells how: created ({@code beforeCreate} runs first), reused or restored.
     */
    public Declared declare(IntercomTarget target, String model, AttributeSpec spec, Runnable beforeCreate) {
        Set<String> known = known(target, model);
        synchronized (known) {
            Declared declared = ensure(target, model, spec, existing(target, model), beforeCreate);
            known.add(spec.name());
            return declared;
        }
    }

    private Set<String> known(IntercomTarget target, String model) {
        return knownByWorkspaceModel.computeIfAbsent(target.baseUrl() + "|" + model, key -> ConcurrentHashMap.newKeySet());
    }

    private Declared ensure(IntercomTarget target, String model, AttributeSpec spec, Map<String, JsonNode> existing,
                            Runnable beforeCreate) {
        JsonNode attribute = existing.get(spec.name());
        if (attribute == null) {
            beforeCreate.run();
            return Declared.created(intercom.post(target, "/data_attributes", body(model, spec),
                    () -> Optional.ofNullable(existing(target, model).get(spec.name()))).path("id").asText());
        }
        String type = attribute.path("data_type").asText();
        if (!HOLDS.getOrDefault(type, Set.of()).contains(spec.type())) {
            throw new AttributeConflict(model, spec, type);
        }
        String id = attribute.path("id").asText();
        if (attribute.path("archived").asBoolean()) {
            intercom.put(target, "/data_attributes/" + id, Map.of("archived", false));
            return new Declared(id, LedgerEntry.Origin.ADOPTED, "archived in Intercom before the run: restored");
        }
        return Declared.adopted(id);
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
