package io.github.ateraintercom.orchestrator.schema;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.common.mapping.IntercomNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run creates in Intercom before its data, in order: the custom attributes of its confirmed
 * mapping, every tag its discovery found (tags.csv, and the tickets' Tags column unless the mapping
 * moved or ignored it), once whatever its case, and every Help Center collection of its KB articles,
 * each parent before its children.
 */
final class SchemaItems {

    private static final String TAGS = "tags.csv";
    private static final String TICKETS = "tickets.csv";
    private static final String TICKET_TAGS = "Tags";

    private SchemaItems() {
    }

    static List<SchemaCommand> of(List<SchemaCommand> attributes, DiscoveryReport report, MappingChoices confirmed) {
        List<SchemaCommand> items = new ArrayList<>(attributes);
        if (report == null) {
            return items;
        }
        Map<String, String> tags = new LinkedHashMap<>();
        List<String> files = keepsTicketTags(confirmed) ? List.of(TAGS, TICKETS) : List.of(TAGS);
        files.forEach(file -> report.tags().getOrDefault(file, List.of()).forEach(tag -> tags.putIfAbsent(IntercomNames.tagKey(tag), tag)));
        tags.values().forEach(tag -> items.add(SchemaCommand.tag(tag)));
        Set<List<String>> collections = new LinkedHashSet<>();
        for (List<String> path : report.collections()) {
            for (int depth = 1; depth <= path.size(); depth++) {
                collections.add(List.copyOf(path.subList(0, depth)));
            }
        }
        collections.forEach(path -> items.add(SchemaCommand.collection(path)));
        return items;
    }

    /** A ticket's Tags become its conversation's tags unless the confirmed mapping moved or ignored the column. */
    private static boolean keepsTicketTags(MappingChoices confirmed) {
        return confirmed.field(TICKETS, TICKET_TAGS).map(target -> target.kind() == FieldTarget.Kind.STANDARD).orElse(true);
    }
}
