package io.github.ateraintercom.common.intercom;

import java.util.List;

/**
 * One Atera KB article as one Help Center article, written as a draft: {@code collections} is the
 * path of collection names it sits in, top first (Atera's category, then its subcategory), empty for
 * none; the loader finds or creates each collection and names the run's fallback teammate as author.
 */
public record ArticleCommand(String title, String body, List<String> collections) {

    public ArticleCommand {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }
}
