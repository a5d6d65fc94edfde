package io.github.ateraintercom.loader.intercom;

import java.util.regex.Pattern;

/**
 * A request path as its endpoint, for metrics: the query is dropped and every segment that is not a
 * word of Intercom's paths (lowercase letters and underscores) is an id and becomes {@code {id}}, so
 * {@code /contacts/65a1f0c2e4b0a1b2c3d4e5f6/companies} counts as {@code /contacts/{id}/companies}
 * and the number of series stays bounded.
 */
final class EndpointTemplate {

    private static final Pattern WORD = Pattern.compile("[a-z_]+");

    private EndpointTemplate() {
    }

    static String of(String path) {
        int query = path.indexOf('?');
        String[] segments = (query < 0 ? path : path.substring(0, query)).split("/", -1);
        StringBuilder endpoint = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            endpoint.append('/').append(segments[i].isEmpty() || WORD.matcher(segments[i]).matches() ? segments[i] : "{id}");
        }
        return endpoint.isEmpty() ? "/" : endpoint.toString();
    }
}
