package io.github.ateraintercom.transformer.article;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.common.mapping.IntercomNames;
import io.github.ateraintercom.common.mapping.Text;
import io.github.ateraintercom.transformer.content.AtRiskLinks;
import io.github.ateraintercom.transformer.content.SafeHtml;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.util.Collections;
import java.util.List;

/**
 * The default map of an Atera KB article to a Help Center article: Title → title, Body → body
 * ({@link SafeHtml#sanitised sanitised} HTML), Category → collection, SubCategory → its child
 * collection; always a draft, so nothing is published before someone reviews it. A subcategory
 * without a category sits at the top. Links to files Atera hosts are reported as at risk.
 */
public final class KbArticleToArticle {

    private KbArticleToArticle() {
    }

    public static MappingResult<ArticleCommand> map(AteraRow row) {
        String title = Text.line(row.value("Title"));
        if (title == null) {
            return new MappingResult.Refused<>("required", "Title", "Title is empty: a Help Center article needs a title");
        }
        String body = SafeHtml.sanitised(row.value("Body"));
        List<String> collections = IntercomNames.collectionPath(row.value("Category"), row.value("SubCategory"));
        return new MappingResult.Mapped<>(new ArticleCommand(title, body, collections), List.of(),
                AtRiskLinks.in(Collections.singletonList(body)));
    }
}
