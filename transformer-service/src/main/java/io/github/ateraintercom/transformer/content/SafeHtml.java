package io.github.ateraintercom.transformer.content;

import io.github.ateraintercom.common.mapping.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bodies as Intercom takes them. {@link #sanitised} keeps text formatting, headings, lists, quotes,
 * code, tables, images and links, and removes everything else with jsoup's allow-list cleaner:
 * scripts, styles, frames, objects and forms with their content, event-handler and style
 * attributes, and any link or image whose address is not http(s) (or mailto for a link), so
 * {@code javascript:} and relative links go. {@link #text} turns a body into the plain text the
 * create-conversation call takes, keeping its paragraphs and line breaks.
 */
public final class SafeHtml {

    private static final Safelist POLICY = Safelist.relaxed().addTags("hr", "s", "del", "ins", "mark", "figure", "figcaption");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    /** A tag or an entity: what tells markup from plain text that merely contains a "<". */
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
            "ul", "ol", "dl", "hr");
    private static final Set<String> LINES = Set.of("div", "tr", "li", "dt", "dd", "section", "article", "header", "footer",
            "address", "figure", "figcaption", "caption");

    private SafeHtml() {
    }

    /** The body with only safe markup left, or null when nothing readable is left. */
    public static String sanitised(String html) {
        if (html == null) {
            return null;
        }
        String safe = Jsoup.clean(Normalizer.normalize(html, Normalizer.Form.NFC), "", POLICY, OUTPUT).strip();
        Document kept = Jsoup.parseBodyFragment(safe);
        return Text.line(kept.body().text()) == null && kept.select("img").isEmpty() ? null : safe;
    }

    /** Plain text written as HTML: markup characters escaped, line breaks kept. */
    public static String fromText(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    /**
     * Readable plain text: a paragraph, heading, list or table is set off by a blank line, a line
     * break, division, list item or table row starts a new line, list items get "- ", table cells are
     * separated by " | ", and a link whose text is not its address is followed by the address in
     * brackets. Text without markup is only normalised.
     */
    public static String text(String body) {
        if (body == null || !MARKUP.matcher(body).find()) {
            return Text.block(body);
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new PlainText(text), Jsoup.parseBodyFragment(body).body());
        return Text.block(text.toString());
    }

    private record PlainText(StringBuilder text) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode words) {
                boolean preformatted = words.parent() != null && words.parent().closest("pre") != null;
                text.append(preformatted ? words.getWholeText() : words.text());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    text.append('\n');
                } else if ((name.equals("td") || name.equals("th")) && element.elementSiblingIndex() > 0) {
                    text.append(" | ");
                } else {
                    breakFor(name);
                    if (name.equals("li")) {
                        text.append("- ");
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String href = element.normalName().equals("a") ? element.attr("href").strip() : "";
                if (href.matches("(?i)https?://.+") && !href.equals(element.text().strip())) {
                    text.append(" (").append(href).append(')');
                }
                breakFor(element.normalName());
            }
        }

        private void breakFor(String name) {
            if (PARAGRAPHS.contains(name)) {
                endWith(2);
            } else if (LINES.contains(name)) {
                endWith(1);
            }
        }

        /** Ends the text so far with at least {@code breaks} line breaks, so nested blocks do not pile up blank lines. */
        private void endWith(int breaks) {
            int trailing = 0;
            while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
                trailing++;
            }
            text.append("\n".repeat(Math.max(0, breaks - trailing)));
        }
    }
}
