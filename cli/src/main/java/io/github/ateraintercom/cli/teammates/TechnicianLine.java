package io.github.ateraintercom.cli.teammates;

import com.fasterxml.jackson.databind.JsonNode;

/** One technician of a teammate queue as an operator reads it. */
final class TechnicianLine {

    private TechnicianLine() {
    }

    static String of(JsonNode technician) {
        JsonNode resolution = technician.path("resolution");
        String resolved = resolution.isMissingNode() || resolution.isNull() ? "unresolved"
                : resolution.path("fallback").asBoolean() ? "→ the fallback teammate" : "→ teammate " + resolution.path("adminId").asText();
        return "  " + technician.path("technicianId").asText() + " " + technician.path("email").asText() + " ("
                + technician.path("name").asText() + ") " + resolved;
    }
}
