package io.github.ateraintercom.sandbox.helpcenter;

/**
 * One stored help center article. It is written either in HTML ({@code body}) or in Markdown
 * ({@code bodyMarkdown}), never both. {@code parentId} is its collection, {@code null} when it stands alone.
 */
public record Article(
        String id,
        String title,
        String description,
        String body,
        String bodyMarkdown,
        long authorId,
        String state,
        String parentId,
        long createdAt,
        long updatedAt) {

    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";

    /** Without a body, an article is empty rather than missing one, as in Intercom's examples. */
    static Article created(String id, ArticleChanges changes, long now) {
        return new Article(id, null, "", "", null, 0, DRAFT, null, now, now)
                .apply(changes, now);
    }

    Article apply(ArticleChanges changes, long now) {
        boolean newBody = changes.body() != null || changes.bodyMarkdown() != null;
        return new Article(id,
                changes.title() != null ? changes.title() : title,
                changes.description() != null ? changes.description() : description,
                newBody ? changes.body() : body,
                newBody ? changes.bodyMarkdown() : bodyMarkdown,
                changes.authorId() != null ? changes.authorId() : authorId,
                changes.state() != null ? changes.state() : state,
                changes.parentSent() ? changes.parentId() : parentId,
                createdAt, now);
    }

    boolean published() {
        return PUBLISHED.equals(state);
    }
}
