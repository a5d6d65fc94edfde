package io.github.ateraintercom.sandbox.fault;

import java.util.regex.Pattern;

/** Turns a rule's path glob into a regular expression: {@code **} spans segments, {@code *} stays within one. */
final class PathGlob {

    private PathGlob() {
    }

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        int literalStart = 0;
        for (int i = 0; i < glob.length(); i++) {
            if (glob.charAt(i) != '*') {
                continue;
            }
            regex.append(Pattern.quote(glob.substring(literalStart, i)));
            boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
            regex.append(doubleStar ? ".*" : "[^/]*");
            i += doubleStar ? 1 : 0;
            literalStart = i + 1;
        }
        regex.append(Pattern.quote(glob.substring(literalStart)));
        return Pattern.compile(regex.toString());
    }
}
