package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.mapping.IntercomNames;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a run creates in Intercom before its data, spelled as the transformer spells them: every
 * distinct tag of {@code tags.csv} and of the tickets' Tags column (once whatever its case, first
 * spelling kept), and every distinct collection path of the KB articles. Names are few next to rows,
 * so every one is kept.
 */
final class SchemaNameFindings {

    static final String TAGS = "tags.csv";
    static final String TICKETS = "tickets.csv";
    static final String ARTICLES = "kb_articles.csv";

    private final Map<String, Map<String, String>> tagsByFile = new LinkedHashMap<>();
    private final Set<List<String>> collections = new LinkedHashSet<>();

    void row(String file, Map<String, String> fields) {
        switch (file) {
            case TAGS -> tag(file, IntercomNames.tag(fields.get("Tag")));
            case TICKETS -> IntercomNames.tags(fields.get("Tags")).forEach(tag -> tag(file, tag));
            case ARTICLES -> {
                List<String> path = IntercomNames.collectionPath(fields.get("Category"), fields.get("SubCategory"));
                if (!path.isEmpty()) {
                    collections.add(path);
                }
            }
            default -> {
                // no other file names a tag or a collection
            }
        }
    }

    /** Per file, its distinct tag names in the order first seen. */
    Map<String, List<String>> tags() {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tagsByFile.forEach((file, names) -> tags.put(file, List.copyOf(names.values())));
        return tags;
    }

    List<List<String>> collections() {
        return List.copyOf(collections);
    }

    private void tag(String file, String name) {
        if (name != null) {
            tagsByFile.computeIfAbsent(file, ignored -> new LinkedHashMap<>()).putIfAbsent(IntercomNames.tagKey(name), name);
        }
    }
}
