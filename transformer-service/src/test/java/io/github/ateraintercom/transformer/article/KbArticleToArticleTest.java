package io.github.ateraintercom.transformer.article;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KbArticleToArticleTest {

    @Test
    void articleSitsInItsCategoryAndSubcategoryWithItsBodySanitised() {
        MappingResult<ArticleCommand> result = KbArticleToArticle.map(new AteraRow(Map.of("ArticleID", "601",
                "Title", "Connecting to the VPN", "Category", "Remote work", "SubCategory", "VPN",
                "Body", "<h2 onclick=\"steal()\">Before</h2><script>alert(1)</script><p>Install <a href=\"javascript:alert(2)\">it</a>"
                        + " from <a href='https://portal.example'>the portal</a>.</p><iframe src=\"https://x.example\"></iframe>")));

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new ArticleCommand("Connecting to the VPN",
                "<h2>Before</h2><p>Install <a>it</a> from <a href=\"https://portal.example\">the portal</a>.</p>",
                List.of("Remote work", "VPN"))));
    }

    @Test
    void articleWithoutTitleIsRefusedAndOneWithoutCategorySitsAtTheTop() {
        assertThat(KbArticleToArticle.map(new AteraRow(Map.of("ArticleID", "602", "Body", "<p>x</p>")))).isEqualTo(
                new MappingResult.Refused<>("required", "Title", "Title is empty: a Help Center article needs a title"));
        assertThat(KbArticleToArticle.map(new AteraRow(Map.of("ArticleID", "603", "Title", "Printers", "SubCategory", "Hardware"))))
                .isEqualTo(new MappingResult.Mapped<>(new ArticleCommand("Printers", null, List.of("Hardware"))));
    }

    @Test
    void linksToFilesAteraHostsAreReportedAndTheArticleStillMigrates() {
        MappingResult<ArticleCommand> result = KbArticleToArticle.map(new AteraRow(Map.of("ArticleID", "604", "Title", "  Printer\u00A0setup ",
                "Body", "<p>Driver: <a href=\"https://app.atera.com/kb/file/88\">download</a></p><img src=\"https://cdn.example/p.png\">")));

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new ArticleCommand("Printer setup",
                "<p>Driver: <a href=\"https://app.atera.com/kb/file/88\">download</a></p><img src=\"https://cdn.example/p.png\">", List.of()),
                List.of(), List.of("https://app.atera.com/kb/file/88")));
    }
}
