package io.github.ateraintercom.transformer.article;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The default map of an Atera KB article to a Help Center article: Title → title, Body → body
 * (sanitised HTML), Category → collection, SubCategory → its child collection; always a draft, so
 * nothing is published before someone reviews it. A subcategory without a category sits at the top.
 */
public final class KbArticleToArticle {

    private KbArticleToArticle() {
    }

    public static MappingResult<ArticleCommand> map(AteraRow row) {
        String title = row.value("Title");
        if (title == null) {
            return new MappingResult.Refused<>("required", "Title", "Title is empty: a Help Center article needs a title");
        }
        String body = row.value("Body");
        List<String> collections = new ArrayList<>();
        if (row.value("Category") != null) {
            collections.add(row.value("Category"));
        }
        if (row.value("SubCategory") != null) {
            collections.add(row.value("SubCategory"));
        }
        return new MappingResult.Mapped<>(new ArticleCommand(title, body == null ? null : ArticleHtml.sanitised(body), collections));
    }
}
