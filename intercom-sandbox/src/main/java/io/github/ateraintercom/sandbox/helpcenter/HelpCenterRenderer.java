package io.github.ateraintercom.sandbox.helpcenter;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import jakarta.inject.Singleton;

/** Renders collections and articles with what only the whole help center knows: URLs and parents. */
@Singleton
public class HelpCenterRenderer {

    /** The icon Intercom gives a collection created through the API. */
    private static final String DEFAULT_ICON = "book-bookmark";

    private final String workspaceId;
    private final HelpCenters helpCenters;
    private final HelpCenterContent content;

    public HelpCenterRenderer(SandboxConfig config, HelpCenters helpCenters, HelpCenterContent content) {
        this.workspaceId = config.appId();
        this.helpCenters = helpCenters;
        this.content = content;
    }

    CollectionJson render(Collection collection) {
        return new CollectionJson(collection.id(), workspaceId, collection.name(),
                helpCenters.url("collections", collection.id(), collection.name()), collection.order(),
                collection.createdAt(), collection.updatedAt(), collection.description(), DEFAULT_ICON,
                collection.parentId(), collection.helpCenterId());
    }

    /** The whole article; lists leave out the statistics. A draft has no public URL. */
    ArticleJson render(Article article, boolean withStatistics) {
        String parentId = article.parentId();
        return new ArticleJson(article.id(), "article", workspaceId,
                parentId == null ? null : Long.parseLong(parentId),
                parentId == null ? null : "collection",
                content.ancestry(parentId).stream().map(Long::parseLong).toList(),
                withStatistics ? ArticleJson.Statistics.NONE : null,
                ArticleJson.Tags.NONE,
                article.title(), article.description(), article.body(), article.bodyMarkdown(), article.authorId(),
                article.state(), article.createdAt(), article.updatedAt(),
                article.published() ? helpCenters.url("articles", article.id(), article.title()) : null);
    }
}
