package io.github.ateraintercom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.api.JsonHttp;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/** Where a command writes: its command line's output, JSON for scripts or text for people. */
public final class Output {

    private Output() {
    }

    public static PrintWriter of(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    /** One JSON document on one line. */
    public static void json(CommandSpec spec, JsonNode document) {
        try {
            of(spec).println(JsonHttp.MAPPER.writeValueAsString(document));
            of(spec).flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON", e);
        }
    }
}
