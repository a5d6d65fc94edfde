package io.github.ateraintercom.loader.conversation;

import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.ledger.WrittenParts;
import io.github.ateraintercom.loader.verify.Expectation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a base run wrote of a conversation a delta changes: its Intercom id, the source ids of the
 * parts it wrote, and what it holds (title, attributes, tags, assignee, state). A delta writes only
 * the difference.
 */
record Prior(String intercomId, Set<String> writtenParts, Expectation expected) {

    private static final String STATE = "state";
    private static final String TAGS = "tags";
    private static final String TITLE = "title";

    /** The base's conversation; empty when its entry predates the keeping of written parts (nothing tells which are new). */
    static Optional<Prior> of(LedgerEntry base) {
        if (base.expected == null) {
            return Optional.empty();
        }
        return WrittenParts.of(base).map(parts -> new Prior(base.intercomId, parts, Expectation.parse(base.expected)));
    }

    boolean isNew(ConversationPart part) {
        return !writtenParts.contains(part.source().sourceId());
    }

    /** The title or an attribute differs from what the base wrote. */
    boolean retitled(ConversationCommand command) {
        return !retitling(command).isEmpty();
    }

    /** The command's tags the base did not put on the conversation. */
    List<String> newTags(ConversationCommand command) {
        String before = expected.value(TAGS);
        Set<String> had = before == null ? Set.of() : Set.of(before.split(", "));
        return command.tags().stream().filter(tag -> !had.contains(tag)).toList();
    }

    /** The state the base left the conversation in (open, closed or snoozed). */
    String state() {
        return expected.value(STATE);
    }

    boolean reassigned(String assignee) {
        return assignee != null && !assignee.equals(expected.value("assignee"));
    }

    /** What a delta changes, e.g. "2 new parts, title, custom_attributes.priority, tags +vip, state closed → open". */
    String describe(ConversationCommand command, boolean reassigned) {
        List<String> changes = new ArrayList<>();
        long fresh = command.parts().stream().filter(this::isNew).count();
        if (fresh > 0) {
            changes.add(fresh + (fresh == 1 ? " new part" : " new parts"));
        }
        changes.addAll(retitling(command));
        List<String> tags = newTags(command);
        if (!tags.isEmpty()) {
            changes.add("tags +" + String.join(" +", tags));
        }
        if (reassigned) {
            changes.add("assignee");
        }
        String after = command.state().name().toLowerCase(Locale.ROOT);
        if (!after.equals(state())) {
            changes.add("state " + state() + " → " + after);
        }
        return changes.isEmpty() ? null : String.join(", ", changes);
    }

    private List<String> retitling(ConversationCommand command) {
        Expectation now = new Expectation().field(TITLE, command.title()).attributes(command.attributes());
        return now.changedFrom(expected.json()).stream()
                .filter(field -> field.equals(TITLE) || field.startsWith(Expectation.ATTRIBUTE)).toList();
    }

    static List<String> partIds(ConversationCommand command) {
        return command.parts().stream().map(part -> part.source().sourceId()).toList();
    }
}
