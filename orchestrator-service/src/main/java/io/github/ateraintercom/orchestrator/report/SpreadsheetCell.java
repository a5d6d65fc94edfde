package io.github.ateraintercom.orchestrator.report;

/**
 * A CSV cell a spreadsheet will not run: a value starting with {@code = + - @}, a tab or a carriage
 * return would be read as a formula (source data is whatever Atera users typed), so it is prefixed
 * with an apostrophe, which spreadsheets show as text and hide.
 */
final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
