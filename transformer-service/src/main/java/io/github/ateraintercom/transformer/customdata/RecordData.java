package io.github.ateraintercom.transformer.customdata;

import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.IntercomNames;
import io.github.ateraintercom.transformer.conversation.StagedRecord;
import io.github.ateraintercom.transformer.mapping.AttributeValues;
import io.github.ateraintercom.transformer.mapping.InvalidValue;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the export's custom values, tags and contracts say about one record, gathered for its command:
 * typed attribute values with their specs, tags (once each, whatever their case), the source rows
 * the command carries, and the rows refused or held on their own, each with its reason.
 */
public final class RecordData {

    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, AttributeSpec> specs = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final List<SourceRef> carried = new ArrayList<>();
    private final List<Refusal> refused = new ArrayList<>();
    private final List<Hold> held = new ArrayList<>();

    /** A custom value of a record of {@code kind}: typed by its field's attribute, or refused with the rule and column. */
    public void value(String kind, StagedRecord value, CustomFields fields, ZoneId zone) {
        String fieldName = value.row().value("FieldName");
        if (fieldName == null) {
            refuse(value, new MappingResult.Refused<>("required", "FieldName", "FieldName is empty: the value belongs to no field"));
            return;
        }
        CustomFields.Target target = fields.of(kind, fieldName);
        if (target instanceof CustomFields.Unwritten unwritten) {
            hold(value, unwritten.reason());
            return;
        }
        AttributeSpec spec = ((CustomFields.Attribute) target).spec();
        try {
            Optional<Object> typed = AttributeValues.of(spec, "Value", value.row().value("Value"), zone);
            if (typed.isEmpty()) {
                hold(value, "the value of " + fieldName + " is blank: nothing to write");
            } else {
                attribute(spec, typed.get());
                carry(value);
            }
        } catch (InvalidValue invalid) {
            MappingResult.Refused<?> refusal = (MappingResult.Refused<?>) invalid.refusal();
            refuse(value, new MappingResult.Refused<>(refusal.rule(), refusal.column(),
                    "custom field " + fieldName + " (" + spec.type().label() + "): " + refusal.message()));
        }
    }

    /** A row of {@code tags.csv}. */
    public void tag(StagedRecord tag) {
        String name = IntercomNames.tag(tag.row().value("Tag"));
        if (name == null) {
            refuse(tag, new MappingResult.Refused<>("required", "Tag", "Tag is empty"));
            return;
        }
        tags.putIfAbsent(IntercomNames.tagKey(name), name);
        carry(tag);
    }

    void attribute(AttributeSpec spec, Object value) {
        attributes.put(spec.name(), value);
        specs.put(spec.name(), spec);
    }

    /** The record is settled with the command. */
    void carry(StagedRecord record) {
        carried.add(record.ref());
    }

    void refuse(StagedRecord record, MappingResult.Refused<?> reason) {
        refused.add(new Refusal(record, reason));
    }

    void hold(StagedRecord record, String reason) {
        held.add(new Hold(record, reason));
    }

    public Map<String, Object> attributes() {
        return attributes;
    }

    public List<AttributeSpec> specs() {
        return List.copyOf(specs.values());
    }

    public List<String> tags() {
        return List.copyOf(tags.values());
    }

    public List<SourceRef> carried() {
        return carried;
    }

    public List<Refusal> refused() {
        return refused;
    }

    public List<Hold> held() {
        return held;
    }

    /** True when there is something to write. */
    public boolean writes() {
        return !attributes.isEmpty() || !tags.isEmpty();
    }

    public record Refusal(StagedRecord record, MappingResult.Refused<?> reason) {
    }

    public record Hold(StagedRecord record, String reason) {
    }
}
