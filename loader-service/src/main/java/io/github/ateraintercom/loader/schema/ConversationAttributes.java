package io.github.ateraintercom.loader.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure the conversation attributes a conversation writes exist, through
 * {@code /conversations/attributes} (new in 2.16), created as their spec says (list options as
 * {@code [{label}]}); an attribute without a spec is a decimal for a number, else a string. An
 * existing attribute is reused when its type holds the values; one of another type is an
 * {@link AttributeConflict}. Known names are remembered per workspace; a run's schema declares each
 * of its attributes first, looking at the workspace itself.
 */
@ApplicationScoped
public class ConversationAttributes {

    /** What an existing conversation attribute of each Intercom {@code data_type} can hold. */
    private static final Map<String, Set<AttributeType>> HOLDS = Map.of(
            "string", Set.of(AttributeType.STRING),
            "integer", Set.of(AttributeType.INTEGER),
            "decimal", Set.of(AttributeType.FLOAT, AttributeType.INTEGER),
            "boolean", Set.of(AttributeType.BOOLEAN),
            "datetime", Set.of(AttributeType.DATE),
            "list", Set.of(AttributeType.LIST));

    private final IntercomClient intercom;
    private final Map<String, Set<String>> knownByWorkspace = new ConcurrentHashMap<>();

    ConversationAttributes(IntercomClient intercom) {
        this.intercom = intercom;
    }

    public void ensure(IntercomTarget target, Map<String, Object> values, List<AttributeSpec> specs) {
        Set<String> known = known(target);
        if (known.containsAll(values.keySet())) {
            return;
        }
        synchronized (known) {
            if (known.containsAll(values.keySet())) {
                return;
            }
            Map<String, JsonNode> existing = existing(target);
            for (AttributeSpec spec : AttributeSpecs.of(values.keySet(), specs, name -> untyped(name, values.get(name)))) {
                ensure(target, spec, existing, () -> { });
                known.add(spec.name());
            }
        }
    }

    /**
     * Makes one conversation attribute of the run's schema exist, as the workspace has it now rather
     * than as remembered, and tells how: created ({@code beforeCreate} runs first) or reused.
     */
    public Declared declare(IntercomTarget target, AttributeSpec spec, Runnable beforeCreate) {
        Set<String> known = known(target);
        synchronized (known) {
            Declared declared = ensure(target, spec, existing(target), beforeCreate);
            known.add(spec.name());
            return declared;
        }
    }

    private Set<String> known(IntercomTarget target) {
        return knownByWorkspace.computeIfAbsent(target.baseUrl().toString(), key -> ConcurrentHashMap.newKeySet());
    }

    private Declared ensure(IntercomTarget target, AttributeSpec spec, Map<String, JsonNode> existing, Runnable beforeCreate) {
        JsonNode attribute = existing.get(spec.name());
        if (attribute == null) {
            beforeCreate.run();
            return Declared.created(intercom.post(target, "/conversations/attributes", body(spec),
                    () -> Optional.ofNullable(existing(target).get(spec.name()))).path("id").asText());
        }
        if (!HOLDS.getOrDefault(attribute.path("data_type").asText(), Set.of()).contains(spec.type())) {
            throw new AttributeConflict("conversation", spec, attribute.path("data_type").asText());
        }
        return Declared.adopted(attribute.path("id").asText());
    }

    /** The workspace's conversation attributes in use, by name; archived ones do not hold their name. */
    private Map<String, JsonNode> existing(IntercomTarget target) {
        Map<String, JsonNode> existing = new HashMap<>();
        intercom.get(target, "/conversations/attributes").path("data").forEach(attribute -> {
            if (!attribute.path("archived").asBoolean()) {
                existing.put(attribute.path("name").asText(), attribute);
            }
        });
        return existing;
    }

    private static AttributeSpec untyped(String name, Object value) {
        return new AttributeSpec(name, value instanceof Number ? AttributeType.FLOAT : AttributeType.STRING, List.of(), null);
    }

    private static Map<String, Object> body(AttributeSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", spec.name());
        body.put("data_type", spec.type().conversationAttributeType());
        if (spec.type() == AttributeType.LIST) {
            body.put("options", spec.options().stream().map(option -> Map.of("label", option)).toList());
        }
        if (spec.description() != null) {
            body.put("description", spec.description());
        }
        return body;
    }
}
