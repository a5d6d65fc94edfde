package io.github.ateraintercom.transformer.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeHtmlTest {

    @Test
    void scriptsStylesFramesObjectsAndFormsAreRemovedWithTheirContent() {
        assertThat(SafeHtml.sanitised("<p>Hi</p><script>alert(1)</script><style>p{}</style><iframe src=\"https://x.example\">frame</iframe>"
                + "<object data=\"x.swf\"></object><embed src=\"y.swf\"><form action=\"/steal\"><input name=\"p\"></form>"))
                .isEqualTo("<p>Hi</p>");
    }

    @Test
    void eventHandlersAndStyleAttributesAreDropped() {
        assertThat(SafeHtml.sanitised("<h2 onclick=\"steal()\" style=\"color:red\">Before</h2><img src=\"https://cdn.example/a.png\" onerror=\"x()\">"))
                .isEqualTo("<h2>Before</h2><img src=\"https://cdn.example/a.png\">");
    }

    @Test
    void javascriptAndRelativeLinksLoseTheirAddressButKeepTheirText() {
        assertThat(SafeHtml.sanitised("<a href=\"javascript:alert(2)\">it</a> <a href=\" JaVaScRiPt:alert(3)\">this</a> "
                + "<a href=\"/relative\">here</a> <img src=\"javascript:alert(4)\" alt=\"x\">"))
                .isEqualTo("<a>it</a> <a>this</a> <a>here</a> <img alt=\"x\">");
    }

    @Test
    void formattingTablesImagesAndLinksAreKept() {
        String kept = "<h3>Steps</h3><p><b>Bold</b>, <strong>strong</strong>, <i>italic</i>, <em>em</em>, <u>under</u>, <s>struck</s>, "
                + "<code>code</code><br>next line</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quoted</blockquote>"
                + "<pre>pre  formatted</pre><table><thead><tr><th>Name</th></tr></thead><tbody><tr><td colspan=\"2\">Cell</td></tr>"
                + "</tbody></table><img src=\"https://cdn.example/a.png\" alt=\"diagram\" width=\"200\">"
                + "<a href=\"https://portal.example/x?a=1&amp;b=2\" title=\"portal\">the portal</a> <a href=\"mailto:help@msp.example\">mail</a>";

        assertThat(SafeHtml.sanitised(kept)).isEqualTo(kept);
    }

    @Test
    void bodyWithNothingReadableLeftIsNone() {
        assertThat(SafeHtml.sanitised("<script>alert(1)</script> <p> </p>")).isNull();
        assertThat(SafeHtml.sanitised(null)).isNull();
        assertThat(SafeHtml.sanitised("<img src=\"https://cdn.example/screenshot.png\">")).isEqualTo("<img src=\"https://cdn.example/screenshot.png\">");
    }

    @Test
    void sanitisedBodyIsUnicodeNormalised() {
        assertThat(SafeHtml.sanitised("<p>Cafe\u0301</p>")).isEqualTo("<p>Caf\u00E9</p>");
    }

    @Test
    void plainTextKeepsParagraphsLineBreaksListsTablesAndLinkAddresses() {
        String html = "<h2>Printer</h2><p>It shows   <b>offline</b>\n since\nmorning.<br>Tried a restart.</p>"
                + "<div>First line</div><div>Second line</div><ul><li>cable</li><li>power</li></ul>"
                + "<table><tr><th>Port</th><th>State</th></tr><tr><td>1</td><td>down</td></tr></table>"
                + "<p>See <a href=\"https://kb.example/printers\">the guide</a> or https://kb.example/raw &amp; more.</p>"
                + "<script>alert(1)</script>";

        assertThat(SafeHtml.text(html)).isEqualTo("""
                Printer

                It shows offline since morning.
                Tried a restart.

                First line
                Second line

                - cable
                - power

                Port | State
                1 | down

                See the guide (https://kb.example/printers) or https://kb.example/raw & more.""");
    }

    @Test
    void plainTextWithoutMarkupIsOnlyNormalised() {
        assertThat(SafeHtml.text("If a < b  and b > c\r\nthen a < c")).isEqualTo("If a < b and b > c\nthen a < c");
    }

    @Test
    void textWrittenAsHtmlReadsBackAsTheSameText() {
        String text = "Use <Ctrl> & restart\nthen retry";

        assertThat(SafeHtml.fromText(text)).isEqualTo("Use &lt;Ctrl&gt; &amp; restart<br>then retry");
        assertThat(SafeHtml.text(SafeHtml.fromText(text))).isEqualTo(text);
    }
}
