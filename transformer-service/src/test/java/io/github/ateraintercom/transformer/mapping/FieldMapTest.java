package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.mapping.FieldTarget;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldMapTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // in the order they are written
    private static final Map<String, AttributeSpec> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("City", AttributeSpec.text("city"));
        DEFAULTS.put("Phone", AttributeSpec.text("phone"));
    }

    @Test
    void withoutChoicesDefaultColumnsAndCustomFieldsBecomeTextAttributesThatNeverOverwriteTheDefaultMap() {
        AteraRow row = row("CustomerID", "1", "Domain", "acme.example", "Phone", "+1 212 555 0100", "Custom: Contract Tier", " Gold ",
                "Custom: SLA (hours)", "4", "Custom: Région", "Île-de-France", "Custom: City", "Paris 8e", "Custom: Empty", "  ",
                "Custom: ###", "x");

        Attributes attributes = map(null).attributes(row, NEW_YORK);

        assertThat(attributes.values()).containsExactlyEntriesOf(ordered("phone", "+1 212 555 0100", "contract_tier", "Gold",
                "sla_hours", "4", "région", "Île-de-France", "custom_city", "Paris 8e"));
        assertThat(attributes.specs()).extracting(AttributeSpec::name)
                .containsExactly("phone", "contract_tier", "sla_hours", "région", "custom_city");
        assertThat(attributes.specs()).allMatch(spec -> spec.type() == AttributeType.STRING);
    }

    @Test
    void customFieldNamedLikeADefaultAttributeIsPrefixedEvenWhenTheDefaultColumnIsBlank() {
        assertThat(map(null).attributes(row("City", "", "Custom: City", "Paris 8e"), NEW_YORK).values())
                .containsExactlyEntriesOf(Map.of("custom_city", "Paris 8e"));
    }

    @Test
    void ignoredColumnIsLeftOutWhateverItHolds() {
        FieldMap fields = map(choices("City", FieldTarget.ignore(), "Phone", FieldTarget.ignore(), "Custom: Tier", FieldTarget.ignore(),
                "Domain", FieldTarget.ignore()));
        AteraRow row = row("City", "Lyon", "Phone", "not a phone", "Custom: Tier", "Gold", "Domain", "acme.example");

        assertThat(fields.attributes(row, NEW_YORK).values()).isNull();
        assertThat(fields.attributes(row, NEW_YORK).specs()).isEmpty();
        assertThat(fields.standard(row, "Domain")).isNull();
    }

    @Test
    void attributeChoiceRenamesADefaultAttributeAndMovesAStandardField() {
        FieldMap fields = map(choices("City", FieldTarget.attribute(AttributeSpec.text("town")),
                "Domain", FieldTarget.attribute(AttributeSpec.text("web_domain")), "CustomerName", FieldTarget.standard("name")));
        AteraRow row = row("City", "Lyon", "Domain", "acme.example", "CustomerName", "Acme");

        assertThat(fields.attributes(row, NEW_YORK).values()).containsExactlyEntriesOf(ordered("town", "Lyon", "web_domain", "acme.example"));
        assertThat(fields.standard(row, "Domain")).isNull();
        assertThat(fields.standard(row, "CustomerName")).isEqualTo("Acme");
    }

    @Test
    void attributeChoiceWithoutASpecKeepsTheValueAsTextUnderTheColumnsName() {
        FieldMap fields = map(choices("LastModified", new FieldTarget(FieldTarget.Kind.ATTRIBUTE, null, null)));

        Attributes attributes = fields.attributes(row("LastModified", "2025-10-02T11:00:00Z"), NEW_YORK);

        assertThat(attributes.values()).isEqualTo(Map.of("lastmodified", "2025-10-02T11:00:00Z"));
        assertThat(attributes.specs()).containsExactly(AttributeSpec.text("lastmodified"));
    }

    @Test
    void everyAttributeTypeIsCoercedAndCarriesItsSpec() {
        AttributeSpec seats = new AttributeSpec("seats", AttributeType.INTEGER, List.of(), null);
        AttributeSpec rate = new AttributeSpec("rate", AttributeType.FLOAT, List.of(), null);
        AttributeSpec managed = new AttributeSpec("managed", AttributeType.BOOLEAN, List.of(), null);
        AttributeSpec renewal = new AttributeSpec("renewal", AttributeType.DATE, List.of(), null);
        AttributeSpec tier = new AttributeSpec("tier", AttributeType.LIST, List.of("Gold", "Silver"), null);
        AttributeSpec channels = new AttributeSpec("channels", AttributeType.STRING, List.of("Email", "Phone", "Chat"), null);
        FieldMap fields = map(choices("Custom: Seats", FieldTarget.attribute(seats), "Custom: Rate", FieldTarget.attribute(rate),
                "Custom: Managed", FieldTarget.attribute(managed), "Custom: Renewal", FieldTarget.attribute(renewal),
                "Custom: Tier", FieldTarget.attribute(tier), "Custom: Channels", FieldTarget.attribute(channels)));

        Attributes attributes = fields.attributes(row("Custom: Seats", "25", "Custom: Rate", "95.50", "Custom: Managed", "Yes",
                "Custom: Renewal", "2024-03-01", "Custom: Tier", "silver", "Custom: Channels", "Chat;Email"), NEW_YORK);

        assertThat(attributes.values()).containsExactlyEntriesOf(ordered("seats", 25L, "rate", 95.5, "managed", true,
                "renewal", 1709269200L, "tier", "Silver", "channels", "Email, Chat"));
        assertThat(attributes.specs()).containsExactly(seats, rate, managed, renewal, tier, channels);
    }

    @Test
    void valueThatDoesNotFitItsAttributeIsRefusedWithTheRuleAndTheColumn() {
        FieldMap fields = map(choices("Custom: Managed", FieldTarget.attribute(new AttributeSpec("managed", AttributeType.BOOLEAN, List.of(), null))));

        assertThatThrownBy(() -> fields.attributes(row("Custom: Managed", "sometimes"), NEW_YORK))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.refusal()).isEqualTo(new MappingResult.Refused<>(
                        "invalid-boolean", "Custom: Managed", "Custom: Managed 'sometimes' is not true or false")));
    }

    @Test
    void phoneColumnIsValidatedWhereverItLands() {
        FieldMap fields = map(choices("Phone", FieldTarget.attribute(AttributeSpec.text("switchboard"))));

        assertThat(fields.attributes(row("Phone", "212.555.0100"), NEW_YORK).values()).isEqualTo(Map.of("switchboard", "212 555 0100"));
        assertThatThrownBy(() -> fields.attributes(row("Phone", "n/a"), NEW_YORK)).isInstanceOfSatisfying(InvalidValue.class,
                invalid -> assertThat(((MappingResult.Refused<?>) invalid.refusal()).column()).isEqualTo("Phone"));
    }

    @Test
    void choicesForAnotherFileDoNotApply() {
        FieldMap fields = map(new MappingChoices(2, null, null, null, null, Map.of("contacts.csv", Map.of("City", FieldTarget.ignore()))));

        assertThat(fields.attributes(row("City", "Lyon"), NEW_YORK).values()).isEqualTo(Map.of("city", "Lyon"));
    }

    private static FieldMap map(MappingChoices confirmed) {
        return new FieldMap(FieldMap.CUSTOMERS, DEFAULTS, Set.of("Phone"), confirmed);
    }

    private static MappingChoices choices(Object... columnsAndTargets) {
        Map<String, FieldTarget> targets = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndTargets.length; i += 2) {
            targets.put((String) columnsAndTargets[i], (FieldTarget) columnsAndTargets[i + 1]);
        }
        return new MappingChoices(2, null, null, null, null, Map.of(FieldMap.CUSTOMERS, targets));
    }

    private static AteraRow row(String... columnsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            fields.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new AteraRow(fields);
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
