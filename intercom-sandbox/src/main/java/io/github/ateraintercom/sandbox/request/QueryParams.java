package io.github.ateraintercom.sandbox.request;

import io.github.ateraintercom.sandbox.error.ApiException;

/**
 * Query parameters arrive as strings and are converted here, because a failed JAX-RS conversion
 * would answer 404 where Intercom answers 400 {@code parameter_invalid}.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Long integer(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter_invalid", name + " must be an integer");
        }
    }

    /** {@code true} or {@code false}, as Intercom's boolean query flags ({@code include_archived}) take. */
    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("parameter_invalid", name + " must be true or false");
        };
    }
}
