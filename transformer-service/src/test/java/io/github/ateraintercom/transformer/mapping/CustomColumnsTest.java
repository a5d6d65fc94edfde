package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.atera.AteraRow;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustomColumnsTest {

    @Test
    void customFieldsBecomeAttributesNamedWithoutPunctuationAndNeverOverwriteTheDefaultMap() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("CustomerID", "1");
        fields.put("Custom: Contract Tier", " Gold ");
        fields.put("Custom: SLA (hours)", "4");
        fields.put("Custom: Région", "Île-de-France");
        fields.put("Custom: City", "Paris 8e");
        fields.put("Custom: Empty", "  ");
        Map<String, Object> attributes = new LinkedHashMap<>(Map.of("city", "Paris"));

        CustomColumns.addTo(attributes, new AteraRow(fields));

        assertThat(attributes).containsExactlyInAnyOrderEntriesOf(Map.of("city", "Paris", "contract_tier", "Gold",
                "sla_hours", "4", "région", "Île-de-France", "custom_city", "Paris 8e"));
    }
}
