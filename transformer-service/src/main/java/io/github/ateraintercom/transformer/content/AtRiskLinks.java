package io.github.ateraintercom.transformer.content;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to files Atera hosts (atera.com and its subdomains, e.g. app.atera.com): they migrate as
 * they are, but stop working once the Atera account is closed, so the run reports them for someone
 * to download and re-attach first.
 */
public final class AtRiskLinks {

    /** Atera's domains; a host is Atera's when it is one of them or a subdomain of one. */
    static final List<String> ATERA_DOMAINS = List.of("atera.com");

    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s\"'<>()\\[\\]{}]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");

    private AtRiskLinks() {
    }

    /** The distinct Atera-hosted links in {@code texts} (bodies, markup or addresses), in order of appearance. */
    public static List<String> in(Collection<String> texts) {
        Set<String> links = new LinkedHashSet<>();
        texts.stream().filter(Objects::nonNull).forEach(text -> {
            Matcher url = URL.matcher(text);
            while (url.find()) {
                String link = TRAILING_PUNCTUATION.matcher(url.group().replace("&amp;", "&")).replaceAll("");
                if (ateraHosted(link)) {
                    links.add(link);
                }
            }
        });
        return List.copyOf(links);
    }

    static boolean ateraHosted(String url) {
        String authority = url.substring(url.indexOf("://") + 3).split("[/?#]", 2)[0];
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "")
                .replaceFirst("\\.$", "").toLowerCase(Locale.ROOT);
        return ATERA_DOMAINS.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }
}
