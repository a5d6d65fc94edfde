package io.github.ateraintercom.common.mapping;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The attribute an Atera custom field definition ({@code custom_fields.csv}: FieldType and its
 * pipe-separated Options) becomes: Text → string, Dropdown → list with its options, MultiSelect →
 * a string holding the chosen options (Intercom has no multi-valued attribute; one attribute per
 * option would spend the workspace's 250 attributes), Checkbox → boolean, Date → date, Number →
 * integer when every value seen is whole, else float.
 */
public final class CustomFieldTypes {

    private CustomFieldTypes() {
    }

    /** The attribute named {@code name} for a field of {@code fieldType} whose values are {@code valuesSeen}. */
    public static AttributeSpec attribute(String name, String fieldType, String options, Collection<String> valuesSeen) {
        String type = fieldType == null ? "" : fieldType.strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "dropdown" -> listOrText(name, options(options));
            case "multiselect" -> new AttributeSpec(name, AttributeType.STRING, options(options), null);
            case "checkbox" -> new AttributeSpec(name, AttributeType.BOOLEAN, List.of(), null);
            case "date" -> new AttributeSpec(name, AttributeType.DATE, List.of(), null);
            case "number" -> new AttributeSpec(name, allWhole(valuesSeen) ? AttributeType.INTEGER : AttributeType.FLOAT,
                    List.of(), null);
            default -> AttributeSpec.text(name);
        };
    }

    /** Atera's pipe-separated options, blank ones left out. */
    public static List<String> options(String options) {
        if (options == null || options.isBlank()) {
            return List.of();
        }
        return Arrays.stream(options.split("\\|")).map(String::strip).filter(option -> !option.isEmpty()).distinct().toList();
    }

    // Intercom refuses a list attribute with fewer than two options
    private static AttributeSpec listOrText(String name, List<String> options) {
        return options.size() >= 2 ? new AttributeSpec(name, AttributeType.LIST, options, null) : AttributeSpec.text(name);
    }

    private static boolean allWhole(Collection<String> values) {
        return values.stream().filter(value -> value != null && !value.isBlank())
                .allMatch(value -> value.strip().matches("[+-]?\\d{1,18}"));
    }
}
