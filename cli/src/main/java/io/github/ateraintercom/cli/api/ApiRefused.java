package io.github.ateraintercom.cli.api;

import com.fasterxml.jackson.databind.JsonNode;

/** The orchestrator answered, and refused: its status and what it said (a problem detail or an error). */
public final class ApiRefused extends RuntimeException {

    private final int status;
    private final transient JsonNode body;

    public ApiRefused(int status, JsonNode body) {
        super(status + ": " + explanation(body));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public JsonNode body() {
        return body;
    }

    /** What a person needs to read: a problem's detail (with its file and column), an error, or the body. */
    private static String explanation(JsonNode body) {
        if (body.hasNonNull("detail")) {
            String where = body.hasNonNull("file") ? " (" + body.path("file").asText()
                    + (body.hasNonNull("column") ? ", column " + body.path("column").asText() : "") + ")" : "";
            return body.path("detail").asText() + where;
        }
        if (body.hasNonNull("error")) {
            return body.path("error").asText();
        }
        return body.isTextual() ? body.asText() : body.toString();
    }
}
