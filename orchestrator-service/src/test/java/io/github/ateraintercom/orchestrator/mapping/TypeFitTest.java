package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TypeFitTest {

    private static final AttributeSpec PLAN = new AttributeSpec("support_plan", AttributeType.LIST, List.of("Basic", "Premium"), null);

    private static ColumnProfile values(Map<String, Long> values) {
        return new ColumnProfile("Support Plan", "enumeration", List.of(), 0.0, values.size(), values, Map.of("text", 3L));
    }

    @Test
    void listOptionsCoverValuesWrittenInAnotherCase() {
        // the transformer writes "premium" as the option "Premium"
        assertThat(TypeFit.problem(PLAN, List.of(values(Map.of("premium", 2L, "Basic", 1L))))).isEmpty();
    }

    @Test
    void listOptionsThatMissAValueSeenAreAProblem() {
        assertThat(TypeFit.problem(PLAN, List.of(values(Map.of("Gold", 1L, "basic", 2L)))))
                .contains("the options do not cover the values seen: Gold");
    }
}
