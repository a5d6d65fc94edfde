package io.github.ateraintercom.loader.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form for a value as the run wrote it and as Intercom answers it, so only real differences
 * show: text trimmed with its white space collapsed, HTML reduced to its text (Intercom sanitises
 * and re-renders what it is sent), numbers without trailing zeros (a unix timestamp, 3 and 3.0 alike),
 * and blank as absent.
 */
final class Normalised {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Map<String, String> ENTITIES = Map.of("&nbsp;", " ", "&lt;", "<", "&gt;", ">", "&quot;", "\"",
            "&apos;", "'", "&amp;", "&");

    private Normalised() {
    }

    /** A written value: text, a number or a boolean; null when absent or blank. */
    static String value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number(new BigDecimal(number.toString()));
        }
        return text(value.toString());
    }

    /** A value of Intercom's answer; null when absent, null or blank. */
    static String value(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return number(node.decimalValue());
        }
        return text(node.asText());
    }

    /** HTML (or plain text) as its text. */
    static String html(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(html.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</h\\d>", " ")).replaceAll("");
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        numeric.appendTail(decoded);
        text = decoded.toString();
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            if (!entity.getKey().equals("&amp;")) {
                text = text.replace(entity.getKey(), entity.getValue());
            }
        }
        return text(text.replace("&amp;", "&").replace('\u00a0', ' '));
    }

    private static String text(String text) {
        String collapsed = SPACE.matcher(text).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    private static String number(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
