package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeValuesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Object value(AttributeType type, List<String> options, String raw) {
        return AttributeValues.of(new AttributeSpec("field", type, options, null), "Custom: Field", raw, NEW_YORK).orElseThrow();
    }

    @Test
    void textIsTrimmedAndComposed() {
        assertThat(value(AttributeType.STRING, List.of(), "  Cafe\u0301 ")).isEqualTo("Caf\u00e9");
        assertThat(AttributeValues.of(AttributeSpec.text("field"), "Custom: Field", "   ", NEW_YORK)).isEqualTo(Optional.empty());
    }

    @Test
    void numbersBooleansAndDatesAreTyped() {
        assertThat(value(AttributeType.INTEGER, List.of(), "42")).isEqualTo(42L);
        assertThat(value(AttributeType.FLOAT, List.of(), "12.50")).isEqualTo(12.5);
        assertThat(value(AttributeType.BOOLEAN, List.of(), "Yes")).isEqualTo(true);
        assertThat(value(AttributeType.BOOLEAN, List.of(), "false")).isEqualTo(false);
        // midnight in the account's zone, not in UTC
        assertThat(value(AttributeType.DATE, List.of(), "2024-03-01")).isEqualTo(1709269200L);
    }

    @Test
    void listValueIsSpeltAsItsOption() {
        assertThat(value(AttributeType.LIST, List.of("Gold", "Silver"), "gold")).isEqualTo("Gold");
    }

    @Test
    void optionSetKeepsTheOptionsOrder() {
        assertThat(value(AttributeType.STRING, List.of("Email", "Phone", "Chat"), "Chat|Email")).isEqualTo("Email, Chat");
    }

    @Test
    void valuesThatDoNotFitAreRefusedWithTheirRule() {
        assertThatThrownBy(() -> value(AttributeType.INTEGER, List.of(), "4.5"))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.refusal())
                        .isEqualTo(new MappingResult.Refused<>("invalid-integer", "Custom: Field", "Custom: Field '4.5' is not a whole number")));
        assertThatThrownBy(() -> value(AttributeType.LIST, List.of("Gold", "Silver"), "Bronze"))
                .hasMessage("Custom: Field 'Bronze' is not one of its options [Gold, Silver]");
        assertThatThrownBy(() -> value(AttributeType.STRING, List.of("Email", "Phone"), "Email|Fax"))
                .hasMessageContaining("'Fax' is not one of its options");
        assertThatThrownBy(() -> value(AttributeType.BOOLEAN, List.of(), "maybe")).hasMessageContaining("not true or false");
        assertThatThrownBy(() -> value(AttributeType.DATE, List.of(), "next week")).hasMessageContaining("not an ISO-8601");
    }
}
