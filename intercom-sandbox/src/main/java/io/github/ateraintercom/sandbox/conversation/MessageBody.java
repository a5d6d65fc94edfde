package io.github.ateraintercom.sandbox.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Message bodies as Intercom keeps them: HTML. Plain text (what {@code POST /conversations} and
 * contact replies send) becomes one paragraph per line, as Intercom's examples answer
 * {@code "Thanks again :)"} with {@code "<p>Thanks again :)</p>"}; a body holding tags is kept as sent.
 */
final class MessageBody {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>|</h[1-6]>");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MessageBody() {
    }

    static String html(String text) {
        if (text == null || TAG.matcher(text).find()) {
            return text;
        }
        return text.lines()
                .filter(line -> !line.isBlank())
                .map(line -> "<p>" + escape(line) + "</p>")
                .collect(Collectors.joining());
    }

    /** What {@code display_as=plaintext} shows: the text without tags, blocks and line breaks as newlines. */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(LINE_BREAK.matcher(html).replaceAll("\n")).replaceAll("");
        return unescape(text).strip();
    }

    /** The body's words, lower case: Intercom's search matches {@code source.body} word by word. */
    static List<String> words(String html) {
        String text = plain(html);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }
}
