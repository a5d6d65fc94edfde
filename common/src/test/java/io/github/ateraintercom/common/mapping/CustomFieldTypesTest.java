package io.github.ateraintercom.common.mapping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CustomFieldTypesTest {

    @Test
    void everyAteraFieldTypeHasItsAttribute() {
        assertThat(CustomFieldTypes.attribute("tier", "Dropdown", "Gold| Silver||Gold", List.of()))
                .isEqualTo(new AttributeSpec("tier", AttributeType.LIST, List.of("Gold", "Silver"), null));
        assertThat(CustomFieldTypes.attribute("channels", "MultiSelect", "Email|Phone", List.of()).multiple()).isTrue();
        assertThat(CustomFieldTypes.attribute("vip", "Checkbox", null, List.of()).type()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(CustomFieldTypes.attribute("renewal", "Date", null, List.of()).type()).isEqualTo(AttributeType.DATE);
        assertThat(CustomFieldTypes.attribute("notes", "Text", null, List.of())).isEqualTo(AttributeSpec.text("notes"));
    }

    @Test
    void numberIsIntegerOnlyWhenEveryValueIsWhole() {
        assertThat(CustomFieldTypes.attribute("seats", "Number", null, List.of("3", "", "-12")).type()).isEqualTo(AttributeType.INTEGER);
        assertThat(CustomFieldTypes.attribute("rate", "Number", null, List.of("3", "4.5")).type()).isEqualTo(AttributeType.FLOAT);
    }

    @Test
    void dropdownWithOneOptionIsText() {
        // Intercom refuses a list attribute with fewer than two options
        assertThat(CustomFieldTypes.attribute("only", "Dropdown", "Yes", List.of()).type()).isEqualTo(AttributeType.STRING);
    }
}
