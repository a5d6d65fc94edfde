package io.github.ateraintercom.common.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the export names the tags and Help Center collections a run writes, spelled once: the
 * transformer names them so in its commands and the discovery so in its report, from which the run's
 * schema creates them before any data, so the data finds exactly what the schema made.
 */
public final class IntercomNames {

    private IntercomNames() {
    }

    /** The tag of a {@code tags.csv} row's Tag column; null when blank. */
    public static String tag(String raw) {
        return Text.line(raw);
    }

    /** The tags of a ticket's Tags column (semicolon-separated), blank ones left out. */
    public static List<String> tags(String raw) {
        return Text.items(raw);
    }

    /** Intercom's tag names are case-insensitive: tags with the same key are one tag. */
    public static String tagKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The collections a KB article sits in, top first: its Category, then its SubCategory as a child;
     * blank ones left out, so a subcategory without a category sits at the top. Empty for none.
     */
    public static List<String> collectionPath(String category, String subCategory) {
        List<String> path = new ArrayList<>();
        for (String raw : new String[] {category, subCategory}) {
            String name = Text.line(raw);
            if (name != null) {
                path.add(name);
            }
        }
        return List.copyOf(path);
    }
}
