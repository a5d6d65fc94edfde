package io.github.ateraintercom.transformer.article;

import java.util.regex.Pattern;

/**
 * Makes an Atera KB body safe to publish: scripts, styles, frames, objects and forms are removed
 * with their content, event-handler attributes dropped, and {@code javascript:} links neutralised.
 * Formatting, links and images stay as they were.
 */
final class ArticleHtml {

    private static final Pattern DANGEROUS_ELEMENTS = Pattern.compile(
            "(?is)<(script|style|iframe|object|embed|form)\\b.*?(</\\1\\s*>|/>)");
    private static final Pattern LONE_DANGEROUS_TAGS = Pattern.compile("(?i)</?(script|style|iframe|object|embed|form)\\b[^>]*>");
    private static final Pattern EVENT_HANDLERS = Pattern.compile("(?i)\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final Pattern SCRIPT_URLS = Pattern.compile("(?i)(href|src)\\s*=\\s*([\"']?)\\s*javascript:[^\"'>\\s]*\\2");

    private ArticleHtml() {
    }

    static String sanitised(String html) {
        String safe = DANGEROUS_ELEMENTS.matcher(html).replaceAll("");
        safe = LONE_DANGEROUS_TAGS.matcher(safe).replaceAll("");
        safe = EVENT_HANDLERS.matcher(safe).replaceAll("");
        safe = SCRIPT_URLS.matcher(safe).replaceAll("$1=\"#\"");
        return safe.strip();
    }
}
