package io.github.ateraintercom.orchestrator.handoff;

/** A target in minutes as Intercom's SLA settings take it: days, hours and minutes ("1d 2h", "45m"). */
final class Minutes {

    private Minutes() {
    }

    /** {@code written} as days, hours and minutes; a value that is not a whole number of minutes is told as such. */
    static String spoken(String written) {
        if (written == null) {
            return "not set";
        }
        long minutes;
        try {
            minutes = Long.parseLong(written);
        } catch (NumberFormatException e) {
            return "'" + written + "' is not a number of minutes: set it by hand";
        }
        StringBuilder out = new StringBuilder();
        append(out, minutes / 1440, "d");
        append(out, minutes % 1440 / 60, "h");
        append(out, minutes % 60, "m");
        return out.isEmpty() ? "0m" : out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount > 0) {
            out.append(out.isEmpty() ? "" : " ").append(amount).append(unit);
        }
    }
}
