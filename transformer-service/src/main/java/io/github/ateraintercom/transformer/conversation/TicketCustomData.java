package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.IntercomNames;
import io.github.ateraintercom.transformer.customdata.CustomFields;
import io.github.ateraintercom.transformer.customdata.RecordData;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ticket's rows of {@code custom_values.csv} and {@code tags.csv} joined to its conversation: the
 * values become typed conversation attributes, the tags join the ticket's own Tags once each, and
 * every such row is carried by the conversation so it shares its outcome.
 */
final class TicketCustomData {

    private TicketCustomData() {
    }

    static RecordData gather(List<StagedRecord> history, CustomFields fields, ZoneId zone) {
        RecordData data = new RecordData();
        for (StagedRecord record : history) {
            if (record.objectType() == ObjectType.CUSTOM_VALUE) {
                data.value(StagedOwner.TICKET, record, fields, zone);
            } else if (record.objectType() == ObjectType.TAG) {
                data.tag(record);
            }
        }
        return data;
    }

    static ConversationCommand join(ConversationCommand conversation, RecordData data) {
        Map<String, Object> attributes = new LinkedHashMap<>(conversation.attributes());
        attributes.putAll(data.attributes());
        Set<String> typed = data.specs().stream().map(AttributeSpec::name).collect(Collectors.toSet());
        List<AttributeSpec> specs = new ArrayList<>(conversation.attributeSpecs().stream().filter(spec -> !typed.contains(spec.name())).toList());
        specs.addAll(data.specs());
        List<String> tags = new ArrayList<>(conversation.tags());
        Set<String> known = tags.stream().map(IntercomNames::tagKey).collect(Collectors.toSet());
        data.tags().stream().filter(tag -> known.add(IntercomNames.tagKey(tag))).forEach(tags::add);
        List<SourceRef> folded = new ArrayList<>(conversation.folded());
        folded.addAll(data.carried());
        return new ConversationCommand(conversation.contactId(), conversation.technicianId(), conversation.opening(), conversation.parts(),
                conversation.title(), attributes, tags, conversation.state(), folded, specs);
    }
}
