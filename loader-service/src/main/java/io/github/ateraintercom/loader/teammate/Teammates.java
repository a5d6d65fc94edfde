package io.github.ateraintercom.loader.teammate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A workspace's teammates by email (case-insensitive), read once per loader with {@code GET /admins}:
 * teammates are seats an admin creates, never something a migration writes. A teammate an operator
 * names by id is looked up on its own ({@code GET /admins/{id}}), so a seat added during the run is found.
 */
@ApplicationScoped
public class Teammates {

    private final IntercomClient intercom;
    private final Map<String, Map<String, String>> adminIdsByWorkspace = new ConcurrentHashMap<>();
    /** Whether each teammate id an operator named exists, by workspace and id: asked once. */
    private final Map<String, Boolean> namedTeammates = new ConcurrentHashMap<>();

    Teammates(IntercomClient intercom) {
        this.intercom = intercom;
    }

    /** The id of the teammate with this email, if the workspace has one. */
    public Optional<String> adminId(IntercomTarget target, String email) {
        if (email == null) {
            return Optional.empty();
        }
        Map<String, String> admins = adminIdsByWorkspace.computeIfAbsent(target.baseUrl().toString(), workspace -> read(target));
        return Optional.ofNullable(admins.get(email.strip().toLowerCase(Locale.ROOT)));
    }

    /** Whether the workspace has a teammate of this id (Intercom's admin ids are numeric strings). */
    public boolean exists(IntercomTarget target, String adminId) {
        if (adminId == null || !adminId.matches("[0-9]+")) {
            return false;
        }
        String key = target.baseUrl() + " " + adminId;
        Boolean known = namedTeammates.get(key);
        if (known == null) {
            known = lookUp(target, adminId);
            namedTeammates.put(key, known);
        }
        return known;
    }

    private boolean lookUp(IntercomTarget target, String adminId) {
        try {
            intercom.get(target, "/admins/" + adminId);
            return true;
        } catch (IntercomError e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    private Map<String, String> read(IntercomTarget target) {
        Map<String, String> byEmail = new ConcurrentHashMap<>();
        JsonNode admins = intercom.get(target, "/admins").path("admins");
        admins.forEach(admin -> {
            String email = admin.path("email").asText(null);
            if (email != null) {
                byEmail.put(email.toLowerCase(Locale.ROOT), admin.path("id").asText());
            }
        });
        return byEmail;
    }
}
