package io.github.ateraintercom.sandbox.traffic;

/**
 * How many requests with one method, path and outcome the sandbox has seen.
 *
 * @param path   the endpoint's path template, such as {@code /companies/{id}}, or the request path
 *               when no endpoint matched
 * @param status the HTTP status answered, or {@code null} when no response was sent (connection
 *               dropped by a fault, or closed by the client while the request was held)
 */
public record RequestCount(String method, String path, Integer status, long count) {
}
