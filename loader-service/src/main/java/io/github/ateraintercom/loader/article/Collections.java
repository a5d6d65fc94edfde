package io.github.ateraintercom.loader.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.schema.Declared;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Help Center collections by path of names per workspace: an existing collection with the same name
 * under the same parent is reused, a missing one created. The workspace's collections are read once
 * per loader ({@code GET /help_center/collections}, page by page); creation is serialised per
 * workspace so two articles of a new category create it once. A run's schema declares each of its
 * collections first; the articles then find them known.
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
        Map<String, String> ids = ids(target);
        synchronized (ids) {
            return parent(target, ids, path);
        }
    }

    /**
     * Makes the deepest collection of a run's schema exist, as the workspace has it now rather than
     * as remembered, and tells how: adopted, or created ({@code beforeCreate} first). Its parents are
     * found or created as for an article; the schema declares them before it.
     */
    public Declared declare(IntercomTarget target, List<String> path, Runnable beforeCreate) {
        Map<String, String> ids = ids(target);
        synchronized (ids) {
            ids.clear();
            ids.putAll(read(target));
            String parent = parent(target, ids, path.subList(0, path.size() - 1));
            return collection(target, ids, parent, path.get(path.size() - 1), beforeCreate);
        }
    }

    private Map<String, String> ids(IntercomTarget target) {
        return idsByWorkspace.computeIfAbsent(target.baseUrl().toString(), workspace -> read(target));
    }

    /** The id of the deepest collection of {@code path}, each one found or created; null for an empty path. */
    private String parent(IntercomTarget target, Map<String, String> ids, List<String> path) {
        String parent = null;
        for (String name : path) {
            parent = collection(target, ids, parent, name, () -> { }).intercomId();
        }
        return parent;
    }

    private Declared collection(IntercomTarget target, Map<String, String> ids, String parent, String name, Runnable beforeCreate) {
        String key = key(parent, name);
        String id = ids.get(key);
        if (id != null) {
            return Declared.adopted(id);
        }
        beforeCreate.run();
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (parent != null) {
            body.put("parent_id", parent);
        }
        id = intercom.post(target, "/help_center/collections", body, () -> Optional.ofNullable(read(target).get(key))
                .map(found -> intercom.get(target, "/help_center/collections/" + found))).path("id").asText();
        ids.put(key, id);
        return Declared.created(id);
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
