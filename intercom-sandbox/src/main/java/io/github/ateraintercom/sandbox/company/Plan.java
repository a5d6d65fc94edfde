package io.github.ateraintercom.sandbox.company;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A company's plan as Intercom renders it: {@code {type:"plan", id, name}}, or {@code {}} when unset. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plan(String type, String id, String name) {

    static final Plan NONE = new Plan(null, null, null);

    static Plan named(String id, String name) {
        return new Plan("plan", id, name);
    }
}
