package io.github.ateraintercom.loader.tag;

import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tag ids by name per workspace: {@code POST /tags {name}} creates a tag or finds the existing one
 * (names are case-insensitive), so asking twice is harmless; each name costs one request per loader.
 */
@ApplicationScoped
public class Tags {

    private final IntercomClient intercom;
    private final Map<String, String> idsByWorkspaceAndName = new ConcurrentHashMap<>();

    Tags(IntercomClient intercom) {
        this.intercom = intercom;
    }

    public String id(IntercomTarget target, String name) {
        return idsByWorkspaceAndName.computeIfAbsent(target.baseUrl() + "|" + name.toLowerCase(Locale.ROOT),
                key -> intercom.post(target, "/tags", Map.of("name", name)).path("id").asText());
    }
}
