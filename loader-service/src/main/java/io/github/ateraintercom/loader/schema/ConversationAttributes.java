package io.github.ateraintercom.loader.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure the conversation attributes a conversation writes exist, through
 * {@code /conversations/attributes} (new in 2.16): a number is a decimal attribute, anything else a
 * string. An existing attribute of the same name is reused; one of another type is Intercom's to
 * refuse when the value is written, with its own message. Known names are remembered per workspace.
 */
@ApplicationScoped
public class ConversationAttributes {

    private final IntercomClient intercom;
    private final Map<String, Set<String>> knownByWorkspace = new ConcurrentHashMap<>();

    ConversationAttributes(IntercomClient intercom) {
        this.intercom = intercom;
    }

    public void ensure(IntercomTarget target, Map<String, Object> values) {
        Set<String> known = knownByWorkspace.computeIfAbsent(target.baseUrl().toString(), key -> ConcurrentHashMap.newKeySet());
        if (known.containsAll(values.keySet())) {
            return;
        }
        synchronized (known) {
            if (known.containsAll(values.keySet())) {
                return;
            }
            Set<String> existing = ConcurrentHashMap.newKeySet();
            JsonNode list = intercom.get(target, "/conversations/attributes");
            list.path("data").forEach(attribute -> {
                if (!attribute.path("archived").asBoolean()) {
                    existing.add(attribute.path("name").asText());
                }
            });
            values.forEach((name, value) -> {
                if (!existing.contains(name)) {
                    intercom.post(target, "/conversations/attributes",
                            Map.of("name", name, "data_type", value instanceof Number ? "decimal" : "string"));
                }
                known.add(name);
            });
        }
    }
}
