package io.github.ateraintercom.loader.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Help Center collections by path of names per workspace: an existing collection with the same name
 * under the same parent is reused, a missing one created. The workspace's collections are read once
 * per loader ({@code GET /help_center/collections}, page by page); creation is serialised per
 * workspace so two articles of a new category create it once.
 */
@ApplicationScoped
public class Collections {

    private final IntercomClient intercom;
    private final Map<String, Map<String, String>> idsByWorkspace = new ConcurrentHashMap<>();

    Collections(IntercomClient intercom) {
        this.intercom = intercom;
    }

    /** The id of the deepest collection of {@code path}, creating what is missing; null for an empty path. */
    public String ensure(IntercomTarget target, List<String> path) {
        Map<String, String> ids = idsByWorkspace.computeIfAbsent(target.baseUrl().toString(), workspace -> read(target));
        synchronized (ids) {
            String parent = null;
            for (String name : path) {
                String key = key(parent, name);
                String id = ids.get(key);
                if (id == null) {
                    Map<String, Object> body = new HashMap<>();
                    body.put("name", name);
                    if (parent != null) {
                        body.put("parent_id", parent);
                    }
                    id = intercom.post(target, "/help_center/collections", body).path("id").asText();
                    ids.put(key, id);
                }
                parent = id;
            }
            return parent;
        }
    }

    private Map<String, String> read(IntercomTarget target) {
        Map<String, String> ids = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode list = intercom.get(target, "/help_center/collections?page=" + page);
            list.path("data").forEach(collection -> ids.putIfAbsent(
                    key(collection.path("parent_id").isNull() ? null : collection.path("parent_id").asText(null),
                            collection.path("name").asText()), collection.path("id").asText()));
            if (page >= list.path("pages").path("total_pages").asInt(1)) {
                return ids;
            }
        }
    }

    private static String key(String parentId, String name) {
        return (parentId == null ? "" : parentId) + "/" + name;
    }
}
