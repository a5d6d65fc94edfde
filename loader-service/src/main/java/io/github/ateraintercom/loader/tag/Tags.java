package io.github.ateraintercom.loader.tag;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.mapping.IntercomNames;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.schema.Declared;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tag ids by name per workspace: {@code POST /tags {name}} creates a tag or finds the existing one
 * (names are case-insensitive), so asking twice is harmless; each name costs one request per loader.
 * A run's schema declares each of its tags first, looking among the workspace's tags to tell a tag it
 * creates from one it adopts; the records' own lookups then find them known.
 */
@ApplicationScoped
public class Tags {

    private final IntercomClient intercom;
    private final Map<String, String> idsByWorkspaceAndName = new ConcurrentHashMap<>();

    Tags(IntercomClient intercom) {
        this.intercom = intercom;
    }

    public String id(IntercomTarget target, String name) {
        return idsByWorkspaceAndName.computeIfAbsent(key(target, name), key -> create(target, name));
    }

    /** Makes the tag exist and tells how: adopted when the workspace has it (in any case), else created ({@code beforeCreate} first). */
    public Declared declare(IntercomTarget target, String name, Runnable beforeCreate) {
        for (JsonNode tag : intercom.get(target, "/tags").path("data")) {
            if (IntercomNames.tagKey(tag.path("name").asText()).equals(IntercomNames.tagKey(name))) {
                idsByWorkspaceAndName.put(key(target, name), tag.path("id").asText());
                return Declared.adopted(tag.path("id").asText());
            }
        }
        beforeCreate.run();
        String id = create(target, name);
        idsByWorkspaceAndName.put(key(target, name), id);
        return Declared.created(id);
    }

    private String create(IntercomTarget target, String name) {
        return intercom.post(target, "/tags", Map.of("name", name)).path("id").asText();
    }

    private static String key(IntercomTarget target, String name) {
        return target.baseUrl() + "|" + IntercomNames.tagKey(name);
    }
}
