package io.github.ateraintercom.sandbox.helpcenter;

import io.github.ateraintercom.sandbox.admin.AdminDirectory;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code create_article_request} and {@code update_article_request} payloads. The author
 * must be a teammate, the parent a collection (sections were removed in 2.10), and the body either
 * HTML or Markdown. Translations, audiences, AI availability and schedules are not simulated and
 * refused like unknown fields.
 */
@Singleton
public class ArticleBodies {

    private static final Set<String> FIELDS = Set.of("title", "description", "body", "body_markdown", "author_id",
            "state", "parent_id", "parent_type");
    private static final Set<String> STATES = Set.of(Article.DRAFT, Article.PUBLISHED);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final String PARENT_TYPE = "collection";

    private final AdminDirectory admins;

    public ArticleBodies(AdminDirectory admins) {
        this.admins = admins;
    }

    ArticleChanges create(JsonBody body) {
        body.allowOnly(FIELDS);
        body.requiredText("title");
        if (body.id("author_id") == null) {
            throw ApiException.badRequest("parameter_not_found",
                    "author_id must be in the main body or default locale translated_content object");
        }
        return read(body);
    }

    /** Leaving out {@code state} keeps the article published or draft as it is. */
    ArticleChanges update(JsonBody body) {
        body.allowOnly(FIELDS);
        String title = body.text("title");
        if (title != null && title.isBlank()) {
            throw ApiException.badRequest("parameter_invalid", "title must not be blank");
        }
        return read(body);
    }

    private ArticleChanges read(JsonBody body) {
        String authorId = body.id("author_id");
        if (authorId != null && admins.admin(authorId).isEmpty()) {
            throw ApiException.badRequest("parameter_invalid",
                    "author_id " + authorId + " is not a teammate of this workspace");
        }
        String state = body.text("state");
        if (state != null && !STATES.contains(state)) {
            throw ApiException.badRequest("parameter_invalid", "state must be draft or published");
        }
        String parentType = body.text("parent_type");
        if (parentType != null && !parentType.equals(PARENT_TYPE)) {
            throw ApiException.badRequest("parameter_invalid", "parent_type must be collection");
        }
        String html = body.text("body");
        String markdown = body.text("body_markdown");
        if (html != null && markdown != null) {
            throw ApiException.badRequest("parameter_invalid", "body and body_markdown are mutually exclusive");
        }
        return new ArticleChanges(body.text("title"), body.text("description"), html == null ? null : html(html),
                markdown, authorId == null ? null : Long.parseLong(authorId), state, body.has("parent_id"),
                body.id("parent_id"));
    }

    /**
     * Intercom's editor keeps paragraphs as {@code <p class="no-margin">}: its examples answer
     * {@code "Body of the Article"} and {@code "<p>New gifts…</p>"} that way.
     */
    private static String html(String body) {
        if (body.isBlank()) {
            return body;
        }
        if (!TAG.matcher(body).find()) {
            String escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return "<p class=\"no-margin\">" + escaped + "</p>";
        }
        return body.replace("<p>", "<p class=\"no-margin\">");
    }
}
