package io.github.ateraintercom.sandbox.error;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.UUID;

/** Intercom's body for every non-2xx response ({@code error} schema). */
public record ErrorList(
        String type,
        @JsonProperty("request_id") String requestId,
        List<Error> errors) {

    public static ErrorList of(String code, String message) {
        return new ErrorList("error.list", UUID.randomUUID().toString(), List.of(new Error(code, message)));
    }

    /** One entry of the list. */
    public record Error(String code, String message) {
    }
}
